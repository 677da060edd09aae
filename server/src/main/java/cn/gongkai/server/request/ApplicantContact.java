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
        if (phone != null && !phoneValid(phone)) {
            p.add("联系电话“" + Masking.contact(phone) + "”格式不对：请填写 11 位手机号码（如 13812345678）"
                    + "或带区号的固定电话（如 0812-1234567），可带分机号（如 0812-1234567-801）");
        }
        if (address != null && address.length() > 200) {
            p.add("通信地址不能超过 200 字");
        }
        if (postcode != null && !postcode.matches("\\d{6}")) {
            p.add("邮政编码“" + postcode + "”应为 6 位数字（如 617200）");
        }
        if (email != null && (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 100)) {
            p.add("电子邮箱“" + Masking.contact(email) + "”格式不对，请写成 name@example.com 的形式");
        }
        return p;
    }

    /**
     * A mobile number (11 digits from 13–19, optionally +86) or a fixed line: area code 0xx/0xxx and 7–8
     * digits, or 7–8 digits alone, optionally an extension of 1–6 digits; spaces, hyphens, brackets allowed.
     */
    static boolean phoneValid(String phone) {
        if (phone.length() > 30) {
            return false;
        }
        if (line(phone)) {
            return true;
        }
        String[] parts = phone.strip().split("(转|#|-(?=\\d{1,6}$))", 2);
        return parts.length == 2 && parts[1].strip().matches("\\d{1,6}") && line(parts[0]);
    }

    private static boolean line(String s) {
        String d = s.replaceAll("[\\s\\-()（）]", "");
        return d.matches("(\\+?86)?1[3-9]\\d{9}") || d.matches("0\\d{2,3}\\d{7,8}") || d.matches("[2-9]\\d{6,7}");
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
