package cn.gongkai.server.notification;

import cn.gongkai.server.request.PersonalDataCipher;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each member of staff's own e-mail and mobile number for notifications (V63 staff_contact), encrypted. */
@Component
class StaffContacts {

    /** The same shape the request form checks for an applicant's e-mail. */
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    static final String MOBILE = "1[3-9][0-9]{9}";

    record Contact(@Nullable String email, @Nullable String phone) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    StaffContacts(JdbcClient jdbc, PersonalDataCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    Contact of(long accountId) {
        return jdbc.sql("SELECT email_enc, phone_enc FROM staff_contact WHERE account_id = :a").param("a", accountId)
                .query((rs, n) -> new Contact(dec(rs.getString("email_enc")), dec(rs.getString("phone_enc"))))
                .optional().orElse(new Contact(null, null));
    }

    /** Saves the person's addresses; returns what is wrong with them, in Chinese, or empty. */
    Optional<String> save(long accountId, String email, String phone) {
        String e = email.strip();
        String p = phone.strip().replace(" ", "").replace("-", "");
        if (!e.isEmpty() && (e.length() > 100 || !e.matches(EMAIL))) {
            return Optional.of("电子邮箱格式不对，例如 zhangsan@miyi.gov.cn");
        }
        if (!p.isEmpty() && !p.matches(MOBILE)) {
            return Optional.of("手机号码应为 11 位数字，以 1 开头");
        }
        jdbc.sql("DELETE FROM staff_contact WHERE account_id = :a").param("a", accountId).update();
        if (!e.isEmpty() || !p.isEmpty()) {
            jdbc.sql("INSERT INTO staff_contact (account_id, email_enc, phone_enc, updated_at) VALUES (:a, :e, :p, :now)")
                    .param("a", accountId).param("e", e.isEmpty() ? null : cipher.encrypt(e), java.sql.Types.VARCHAR)
                    .param("p", p.isEmpty() ? null : cipher.encrypt(p), java.sql.Types.VARCHAR)
                    .param("now", OffsetDateTime.now(clock)).update();
        }
        return Optional.empty();
    }

    private @Nullable String dec(@Nullable String s) {
        return s == null ? null : cipher.decrypt(s);
    }
}
