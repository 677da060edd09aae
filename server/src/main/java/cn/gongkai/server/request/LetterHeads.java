package cn.gongkai.server.request;

import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.OrganProfile;
import cn.gongkai.server.organs.OrganProfiles;
import cn.gongkai.server.shared.Numbering;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What every letter carries besides its text: a number per organ and year in the organ's pattern
 * ({@code {机关}依申〔{年}〕{号}号} by default, e.g. 普府依申告〔2026〕3号), the contact person and phone.
 *
 * <p>The number comes from the shared counter of visible numbers ({@link Numbering}, series
 * {@value #SERIES}, per organ and year, its row locked while a number is taken), so two letters issued at
 * once never share a number and a rolled-back step gives its number back.
 */
@Component
public class LetterHeads {

    /** The number and contact of one letter. */
    public record Head(String number, String contactPerson, String contactPhone) {
    }

    /** An organ's own settings, or the defaults. */
    public record Setting(String pattern, @Nullable String contactPerson, @Nullable String contactPhone) {
    }

    static final int MAX_PATTERN = 100;

    /** The counter series of letter numbers in {@code number_counter}. */
    static final String SERIES = "request-letter";

    private final JdbcClient jdbc;
    private final OrganProfiles profiles;
    private final Numbering numbering;
    private final String defaultPattern;

    LetterHeads(JdbcClient jdbc, OrganProfiles profiles, Numbering numbering,
            @Value("${gongkai.letters.number-pattern:{机关}依申〔{年}〕{号}号}") String defaultPattern) {
        this.jdbc = jdbc;
        this.numbering = numbering;
        this.profiles = profiles;
        this.defaultPattern = defaultPattern;
    }

    public Setting setting(long organId) {
        return jdbc.sql("SELECT number_pattern, contact_person, contact_phone FROM letter_setting WHERE organ_id = :o")
                .param("o", organId).query((rs, n) -> new Setting(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional().orElse(new Setting(defaultPattern, null, null));
    }

    /** Saves an organ's pattern and contact; the pattern must contain {号} so that numbers differ. */
    void save(long organId, String pattern, String person, String phone, String by) {
        String p = pattern.strip();
        if (!p.contains("{号}") || p.length() > MAX_PATTERN) {
            throw new RequestException("文号格式须含 {号}（流水号），可含 {年}、{机关}，不超过 " + MAX_PATTERN + " 字，如：普府依申告〔{年}〕{号}号");
        }
        if (person.strip().length() > 50 || phone.strip().length() > 50) {
            throw new RequestException("联系人和联系电话各不能超过 50 字");
        }
        int updated = jdbc.sql("""
                UPDATE letter_setting SET number_pattern = :p, contact_person = :c, contact_phone = :t, updated_by = :by
                WHERE organ_id = :o""").param("p", p).param("c", blank(person)).param("t", blank(phone)).param("by", by)
                .param("o", organId).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO letter_setting (organ_id, number_pattern, contact_person, contact_phone, updated_by)
                    VALUES (:o, :p, :c, :t, :by)""").param("o", organId).param("p", p).param("c", blank(person))
                    .param("t", blank(phone)).param("by", by).update();
        }
    }

    /** The head of the next letter of {@code organ} in {@code year}: a new number, and the contact. */
    Head next(Organ organ, int year) {
        Setting s = setting(organ.id());
        String number = s.pattern().replace("{机关}", organ.name()).replace("{年}", Integer.toString(year))
                .replace("{号}", Long.toString(take(organ.id(), year)));
        Optional<OrganProfile> profile = profiles.of(organ.id());
        // Without an own contact person the disclosure office named in the guide (Art. 12) is the contact.
        String person = s.contactPerson() != null ? s.contactPerson()
                : profile.map(OrganProfile::officeName).orElse(organ.name() + "政府信息公开工作机构");
        String phone = s.contactPhone() != null ? s.contactPhone() : profile.map(OrganProfile::phone).orElse(null);
        return new Head(number, person, phone == null ? "" : phone);
    }

    /** The next value of the organ's counter for the year (shared Numbering, in the caller's transaction). */
    long take(long organId, int year) {
        return numbering.next(SERIES, organId, year);
    }

    private static @Nullable String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
