package cn.gongkai.server.publication;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the register: when the document was issued (its 成文日期, or its publication), its
 * validity, and for an amended or repealed one, when and by which document (文号).
 */
public record NormativeDocument(long itemId, long organId, String title, @Nullable String documentNumber,
        LocalDate issuedOn, Validity validity, @Nullable LocalDate changedOn, @Nullable String changedBy) {
}
