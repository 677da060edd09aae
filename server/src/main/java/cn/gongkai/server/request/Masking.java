package cn.gongkai.server.request;

/** How personal data is shown everywhere except the one recorded full view. */
public final class Masking {

    private Masking() {
    }

    /** 510421199001011234 → 510***********1234. */
    public static String idNumber(String id) {
        if (id.length() <= 7) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 3) + "*".repeat(id.length() - 7) + id.substring(id.length() - 4);
    }

    /** 13812345678 → 138****5678; anything else keeps its first and last two characters. */
    public static String contact(String contact) {
        String s = contact.strip();
        if (s.matches("1\\d{10}")) {
            return s.substring(0, 3) + "****" + s.substring(7);
        }
        if (s.length() <= 4) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 2) + "*".repeat(Math.min(8, s.length() - 4)) + s.substring(s.length() - 2);
    }

    /** 张三丰 → 张**; an organization's name is public and shown whole. */
    public static String personName(String name) {
        return name.isEmpty() ? name : name.charAt(0) + "*".repeat(name.length() - 1);
    }
}
