package cn.gongkai.calendar;

import java.io.IOException;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads holiday notices from CSV ({@code date,kind,holiday,notice_year}; lines starting with # are
 * comments), the format of spec/holidays-cn.csv. Every problem is reported with file, line and
 * column, in Chinese; nothing half-loaded is ever used.
 */
public final class HolidayCsv {

    private static final List<String> HEADER = List.of("date", "kind", "holiday", "notice_year");

    private HolidayCsv() {
    }

    public static List<CalendarDay> read(Reader in, String fileName) throws CalendarDataException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<CalendarDay> days = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<LocalDate, Long> seen = new HashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            boolean header = true;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    if (!HEADER.equals(record.toList())) {
                        problems.add(where(fileName, line, 1) + "表头应为 date,kind,holiday,notice_year，实际为 " + record.toList());
                        break;
                    }
                    continue;
                }
                CalendarDay day = day(record, fileName, line, problems);
                if (day != null) {
                    Long earlier = seen.put(day.date(), line);
                    if (earlier != null) {
                        problems.add(where(fileName, line, 1) + "日期 " + day.date() + " 与第 " + earlier + " 行重复");
                    } else {
                        days.add(day);
                    }
                }
                if (problems.size() >= 20) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(fileName + "：无法读取（" + e.getMessage() + "）");
        }
        if (!problems.isEmpty()) {
            throw new CalendarDataException("节假日数据有误，未加载：\n" + String.join("\n", problems));
        }
        return days;
    }

    private static CalendarDay day(CSVRecord r, String file, long line, List<String> problems) {
        if (r.size() != 4) {
            problems.add(where(file, line, 1) + "应有 4 列（date,kind,holiday,notice_year），实际 " + r.size() + " 列");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(r.get(0));
        } catch (DateTimeParseException e) {
            problems.add(where(file, line, 1) + "日期“" + r.get(0) + "”无效，应为 yyyy-MM-dd");
            return null;
        }
        CalendarDay.Kind kind;
        try {
            kind = CalendarDay.Kind.of(r.get(1));
        } catch (IllegalArgumentException e) {
            problems.add(where(file, line, 2) + "类型“" + r.get(1) + "”无效，应为 off（放假）或 work（调休上班）");
            return null;
        }
        int year;
        try {
            year = Integer.parseInt(r.get(3));
        } catch (NumberFormatException e) {
            problems.add(where(file, line, 4) + "通知年份“" + r.get(3) + "”不是整数");
            return null;
        }
        if (date.getYear() != year && date.getYear() != year - 1) {
            problems.add(where(file, line, 4) + "日期 " + date + " 不属于 " + year + " 年的放假通知");
            return null;
        }
        DayOfWeek dow = date.getDayOfWeek();
        if (kind == CalendarDay.Kind.WORK && dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
            problems.add(where(file, line, 2) + date + " 是工作日（" + dow.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.SIMPLIFIED_CHINESE)
                    + "），调休上班日应为周六或周日");
            return null;
        }
        if (r.get(2).isBlank()) {
            problems.add(where(file, line, 3) + "缺少节日名称");
            return null;
        }
        return new CalendarDay(date, kind, r.get(2), year);
    }

    private static String where(String file, long line, int column) {
        return file + " 第 " + line + " 行第 " + column + " 列：";
    }
}
