package cn.gongkai.report.parse;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the web page around a report says about it: the publication date (发布时间：, 发布日期：, the
 * 索引号/发文日期 table CMSs print, {@code <meta name="PubDate">}) and the organ (来源：, 发布机构).
 * Used only where the report's own signature is silent. Read from the lines before section 一 and
 * after the report's end (where pages print them), white space removed.
 */
final class PageMeta {

    /** Date labels, best first: a publication date beats a date of writing. */
    private static final String[] DATE_LABELS = {"发布时间", "发布日期", "发表时间", "发表日期", "公开日期", "公开时间", "发文日期", "发文时间",
        "印发日期", "成文日期", "成文时间", "生成日期", "时间", "日期"};
    /**
     * What follows the date on a page's date line: a time of day and anything (2022-01-29 10:27:52 陆丰市人民政府办公室 字体:),
     * or one of the page's fields (2022年01月18日来源:1).
     */
    private static final String TIME_OF_DAY = "\\d{1,2}:\\d{2}(?::\\d{2})?";
    private static final Pattern AFTER_DATE_LINE = Pattern.compile(
            "^\\s*(?:" + TIME_OF_DAY + "(?:\\s.*)?$|(?:来源|浏览|字号|发布|作者|点击|阅读|\\[|【|$).*)");
    private static final Pattern TIME = Pattern.compile("^\\s*(?:" + TIME_OF_DAY + ")?\\s*");
    private static final Pattern SOURCE = Pattern.compile(
            "(?:来源|信息来源|发布机构|发布单位|公开机构|发文机关)[:：]?\\|?(\\p{IsHan}[\\p{IsHan}()（）]{1,40}?)\\|?"
                    + "(?=发布时间|发表时间|发表日期|发布日期|发文日期|成文日期|时间|日期|作者|字号|浏览|点击|阅读|文号|索引号|主题|$|\\d)");
    private static final Pattern ORGAN = Pattern.compile(
            ".*(人民政府|办事处|办公室|委员会|管委会|局|委|办|厅|院|中心|管理处|实验区|开发区|示范区|园区|高新区|新区|政府|镇|乡|街道"
                    + "|园|所|站|馆|校|会)$");

    /** A date the page gives, where, and on which line (null for the page's head). */
    record Dated(LocalDate date, String source, @Nullable Integer line) {
    }

    private PageMeta() {
    }

    static @Nullable Dated date(Lines lines, int headEnd, int tailStart, Map<String, String> meta) {
        for (String label : DATE_LABELS) {
            Dated d = labelled(lines, 0, Math.min(headEnd, lines.size()), label);
            if (d == null) {
                d = labelled(lines, Math.max(0, tailStart), lines.size(), label);
            }
            if (d != null) {
                return d;
            }
        }
        Dated line = dateLine(lines, Math.min(headEnd, lines.size()));
        if (line != null) {
            return line;
        }
        String pub = meta.get("pubDate");
        if (pub != null) {
            ChineseDates.Found f = ChineseDates.find(pub.replace('T', ' '));
            if (f != null) {
                return new Dated(f.date(), "pageMeta", null);
            }
        }
        return null;
    }

    /** The organ named by a 来源：/发布机构 line before section 一, or the page's meta source. */
    static @Nullable String source(Lines lines, int headEnd, Map<String, String> meta) {
        for (int i = 0; i < Math.min(headEnd, lines.size()); i++) {
            String c = lines.compact(i);
            if (c.indexOf('源') < 0 && c.indexOf('机') < 0 && c.indexOf('单') < 0) {
                continue;
            }
            Matcher m = SOURCE.matcher(c);
            if (m.find() && ORGAN.matcher(m.group(1)).matches() && !shortForm(m.group(1))) {
                return m.group(1);
            }
        }
        String s = meta.get("source");
        return s != null && s.length() <= 40 && ORGAN.matcher(s.replaceAll("\\s+", "")).matches()
                ? s.replaceAll("\\s+", "") : null;
    }

    /**
     * A short form that names no place (市政府办, 县人民政府, 市场监督管理局: a CMS's 发布机构 field) or the site itself (本站): the
     * report names its organ in full elsewhere, and a wrong organ is worse than none.
     */
    private static boolean shortForm(String name) {
        return "市县区省本".indexOf(name.charAt(0)) >= 0; // 本站, 本网: the site itself
    }

    /** A page's date line before section 一: a short line that starts with the date (2022年01月18日来源:1). */
    private static @Nullable Dated dateLine(Lines lines, int headEnd) {
        for (int i = 0; i < headEnd; i++) {
            String c = lines.norm.get(i).strip();
            if (c.isEmpty() || c.charAt(0) < '0' || c.charAt(0) > '9') {
                continue;
            }
            ChineseDates.Found f = ChineseDates.find(c);
            // A longer line is a date line only when 来源 follows the date: the page ran the report's text onto it
            // (2022年01月25日 来源: 上海普陀本年度报告根据…).
            if (f != null && f.start() == 0 && AFTER_DATE_LINE.matcher(c.substring(f.end())).matches()
                    && (c.length() <= 40 || TIME.matcher(c.substring(f.end())).replaceFirst("").startsWith("来源"))) {
                return new Dated(f.date(), "page", i + 1);
            }
        }
        return null;
    }

    private static @Nullable Dated labelled(Lines lines, int from, int to, String label) {
        for (int i = from; i < to; i++) {
            if (lines.norm.get(i).indexOf(label.charAt(0)) < 0) {
                continue;
            }
            // White space kept (collapsed): removing it would run a date into its time ("2021-01-2010:30").
            String c = lines.norm.get(i).replaceAll("\\s+", " ");
            int at = c.indexOf(label);
            if (at < 0 || label.length() == 2 && at > 0 && Character.UnicodeScript.of(c.charAt(at - 1)) == Character.UnicodeScript.HAN) {
                continue; // 时间, 日期 alone are labels only by themselves (日期:2022-01-27), not in 统计时间, 截止日期
            }
            int after = at + label.length();
            // 发布日期: 2026-01-20, | 发文时间 | 2020-01-23 |, [ 成文日期 ] | 2019-03-25 |
            while (after < c.length() && ":| ]】".indexOf(c.charAt(after)) >= 0) {
                after++;
            }
            String rest = c.substring(after, Math.min(c.length(), after + 24));
            ChineseDates.Found f = ChineseDates.find(rest);
            if (f != null && f.start() == 0) {
                return new Dated(f.date(), "page", i + 1);
            }
            if (rest.isBlank() && i + 1 < to) {
                // The 索引号 table: the label in one cell, the date in the next (a following line in DOCX/HTML).
                ChineseDates.Found next = ChineseDates.find(lines.norm.get(i + 1).strip());
                if (next != null && next.start() == 0) {
                    return new Dated(next.date(), "page", i + 2);
                }
            }
        }
        return null;
    }
}
