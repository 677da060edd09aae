package cn.gongkai.report.parse;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the signature block (落款) at the end of section 六: the last date line that is not a
 * printing note (…印发), and the organ on it or on one of the lines just above.
 */
final class SignatureReader {

    private static final Pattern ORGAN = Pattern.compile(
            ".*(人民政府|办事处|办公室|委员会|管委会|局|委|办|厅|院|中心|管理处|政府|实验区|开发区|示范区|高新区|园区|所|站)$");
    /** Page chrome after the report (plain words, looked for in the compact line: one pass, no regex). */
    private static final Words FOOTER = Words.of("网站地图", "版权所有", "主办单位", "承办单位", "ICP备", "联系我们", "打印本页",
            "关闭窗口", "技术支持", "网站标识码", "公网安备", "【打印】", "分享到", "上一篇", "下一篇", "附件下载", "相关附件:", "扫一扫",
            "返回顶部", "【关闭】", "打印此页", "字号大中小", "字号:大中小", "【字体");

    /** The signature, and the line index where the report's own text ends. */
    record Found(SourceMap.@Nullable Signature signature, int endIndex) {
    }

    private SignatureReader() {
    }

    static Found read(Lines lines, int fromIndex) {
        int end = lines.size();
        for (int i = fromIndex; i < lines.size(); i++) {
            if (FOOTER.in(lines.compact(i))) {
                end = i;
                break;
            }
        }
        // A report may append its statistics table after the signature (附件1：…统计表): the signature is looked
        // for before the first such attachment line first, then, as before, before the page's footer.
        for (int i = fromIndex + 1; i < end; i++) {
            String c = lines.compact(i);
            if (c.startsWith("附件") && !c.startsWith("附件下载")) {
                Found before = search(lines, fromIndex, i);
                if (before.signature() != null) {
                    return before;
                }
                break;
            }
        }
        return search(lines, fromIndex, end);
    }

    /** The signature among the lines before {@code end} (searched backwards), or none with {@code end}. */
    private static Found search(Lines lines, int fromIndex, int end) {
        for (int i = end - 1; i > fromIndex; i--) {
            String c = lines.compact(i);
            if (c.isEmpty() || c.endsWith("印发") || c.contains("印发")) {
                continue;
            }
            ChineseDates.Found date = ChineseDates.find(c);
            if (date == null) {
                if (c.length() > 40) {
                    break; // prose: the report ended without a signature
                }
                continue;
            }
            if (c.length() > 40) {
                break;
            }
            String before = c.substring(0, date.start());
            if (!before.isEmpty() && ORGAN.matcher(before).matches()) {
                return new Found(new SourceMap.Signature(before, date.date(), i + 1), i);
            }
            for (int j = i - 1; j >= Math.max(fromIndex + 1, i - 3); j--) {
                String above = lines.compact(j);
                if (above.isEmpty()) {
                    continue;
                }
                if (above.length() <= 40 && ORGAN.matcher(above).matches()) {
                    return new Found(new SourceMap.Signature(above, date.date(), i + 1), j);
                }
                break;
            }
            return new Found(new SourceMap.Signature(null, date.date(), i + 1), i);
        }
        return new Found(null, end);
    }
}
