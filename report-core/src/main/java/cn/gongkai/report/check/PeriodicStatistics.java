package cn.gongkai.report.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A page of half-year or quarterly 政府信息公开 statistics (2022年上半年政府信息公开数据统计): numbered like a
 * report, but not the annual report the national format governs (Art. 49–50), so it is not checked as one. Only the
 * page's heading decides, and only when the text has no title of an annual report.
 */
final class PeriodicStatistics {

    /** The first lines where a page's heading stands, past the chrome a CMS prints first. */
    private static final int HEAD_LINES = 6;
    private static final Pattern PERIOD = Pattern.compile(
            "(?:上半年|下半年|前三季度|第?[一二三四1-4]季度)[^。]{0,12}政府信息公开");

    private PeriodicStatistics() {
    }

    /** The heading that names a period shorter than a year, or null. */
    static @Nullable String heading(List<String> lines) {
        int seen = 0;
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (++seen > HEAD_LINES) {
                break;
            }
            Matcher m = PERIOD.matcher(s);
            if (s.length() <= 40 && m.find() && !s.contains("年度报告") && !s.contains("年报")) {
                return s;
            }
        }
        return null;
    }
}
