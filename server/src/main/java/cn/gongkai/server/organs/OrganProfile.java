package cn.gongkai.server.organs;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The disclosure office of an organ, as its guide states it (Art. 12); {@code updatedOn} shows how
 * current it is (Art. 53); {@code guideNote} is the administrator's own addition to the guide.
 */
public record OrganProfile(long organId, String officeName, @Nullable String address, @Nullable String officeHours,
        @Nullable String phone, @Nullable String fax, @Nullable String email, LocalDate updatedOn,
        @Nullable String guideNote) {
}
