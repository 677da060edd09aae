package cn.gongkai.report.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Dates as Chinese documents write them: 2026年1月15日, 二〇二六年一月十五日, 2026-01-15, 2026.1.15. */
public final class ChineseDates {

    static final Pattern ARABIC = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    static final Pattern HAN = Pattern.compile("([〇零○一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");
    /** A CMS may print a space after each dash (发布日期: 2021- 01- 20 08 : 32). */
    static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-./] ?(\\d{1,2})[-./] ?(\\d{1,2})(?!\\d)");

    /** A date found in a line, with where it starts and ends. */
    record Found(LocalDate date, int start, int end) {
    }

    private ChineseDates() {
    }

    static @Nullable Found find(String line) {
        Matcher m = ARABIC.matcher(line);
        if (m.find()) {
            LocalDate d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d != null) {
                return new Found(d, m.start(), m.end());
            }
        }
        m = HAN.matcher(line);
        if (m.find()) {
            LocalDate d = date(hanYear(m.group(1)), hanNumber(m.group(2)), hanNumber(m.group(3)));
            if (d != null) {
                return new Found(d, m.start(), m.end());
            }
        }
        m = ISO.matcher(line);
        if (m.find()) {
            LocalDate d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d != null) {
                return new Found(d, m.start(), m.end());
            }
        }
        return null;
    }

    private static @Nullable LocalDate date(int y, int m, int d) {
        if (y < 1990 || y > 2200) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 二〇二六 → 2026: each character one digit (also used by the server's Word import). */
    public static int hanYear(String s) {
        int y = 0;
        for (char c : s.toCharArray()) {
            y = y * 10 + digit(c);
        }
        return y;
    }

    /** 一…九, 十, 十一…十九, 二十…三十一. */
    public static int hanNumber(String s) {
        if (s.equals("十")) {
            return 10;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + ones;
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零', '○' -> 0;
            case '一' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> 0;
        };
    }
}
