package cn.gongkai.server.request;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The applicant's contact as separate fields, so that staff can address a letter: phone, postal address,
 * postcode, e-mail. Stored encrypted; shown masked; the full values only through a ledgered reveal.
 */
public record ApplicantContact(@Nullable String phone, @Nullable String address, @Nullable String postcode,
        @Nullable String email) {

    public static final ApplicantContact NONE = new ApplicantContact(null, null, null, null);

    /** Blank fields become null. */
    public static ApplicantContact of(String phone, String address, String postcode, String email) {
        return new ApplicantContact(blank(phone), blank(address), blank(postcode), blank(email));
    }

    public boolean empty() {
        return phone == null && address == null && postcode == null && email == null;
    }

    List<String> problems() {
        List<String> p = new ArrayList<>();
        if (phone != null && !phone.matches("[0-9+\\-（）() ]{5,30}")) {
            p.add("联系电话“" + Masking.contact(phone) + "”只能含数字、空格、括号和“-”，5 到 30 位");
        }
        if (address != null && address.length() > 200) {
            p.add("通信地址不能超过 200 字");
        }
        if (postcode != null && !postcode.matches("\\d{6}")) {
            p.add("邮政编码应为 6 位数字");
        }
        if (email != null && (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 100)) {
            p.add("电子邮箱“" + Masking.contact(email) + "”格式不对");
        }
        return p;
    }

    /** The masked form every page shows. */
    public ApplicantContact masked() {
        return new ApplicantContact(phone == null ? null : Masking.contact(phone), address == null ? null : Masking.contact(address),
                postcode == null ? null : Masking.contact(postcode), email == null ? null : Masking.contact(email));
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
