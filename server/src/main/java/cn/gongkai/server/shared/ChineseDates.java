package cn.gongkai.server.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as official documents write them: 2025年9月8日. */
public final class ChineseDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private ChineseDates() {
    }

    public static String of(LocalDate date) {
        return date.format(FORMAT);
    }
}
