package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.parse.SourceMap;
import java.util.List;
import java.util.Map;

/**
 * How the file was read, where it matters to whoever relies on a figure (info): the publication
 * date taken from the web page instead of the signature (DATE-FROM-PAGE), and a report in the
 * format before 2019 read for the figures of its one-column table (LEGACY-FORMAT).
 */
final class ReadingNotesRule implements Rule {

    private static final Map<String, String> LEGACY_NAMES = Map.of(
            "proactiveItems", "主动公开信息数", "requestsReceived", "受理（收到）申请数", "grantedReplies", "同意公开答复数",
            "partiallyGrantedReplies", "同意部分公开答复数", "refusedReplies", "不同意公开答复数",
            "reconsiderations", "行政复议数", "litigations", "行政诉讼数");

    @Override
    public String code() {
        return Codes.DATE_FROM_PAGE;
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "发布日期取自网页；2019 年以前的旧格式按所写数字读取";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        SourceMap map = context.sourceMap();
        if (!map.fromSource()) {
            return;
        }
        if (context.report().publishedOn() != null && !"signature".equals(map.publishedOnSource())) {
            String where = "pageMeta".equals(map.publishedOnSource()) ? "网页元数据（PubDate）" : "网页上的发布时间/发文日期";
            out.add(Diagnostic.info(Codes.DATE_FROM_PAGE, "落款没有日期，发布日期 " + context.report().publishedOn() + " 取自" + where,
                    Location.line(map.publishedOnLine())));
        }
        if (map.legacyFormat()) {
            StringBuilder figures = new StringBuilder();
            map.legacyFigures().forEach((id, v) -> figures.append(figures.isEmpty() ? "" : "，")
                    .append(LEGACY_NAMES.getOrDefault(id, id)).append(" ").append(v));
            String read = figures.isEmpty() ? "（没有找到一栏式统计表，正文所述数字照常读取）" : "（一栏式统计表），按所写读取：" + figures;
            out.add(Diagnostic.info(Codes.LEGACY_FORMAT, "这是 2019 年以前的年报格式" + read
                    + "；国家格式的表二、表三、表四在旧格式中没有对应，按未知处理，不按缺项报错", Location.line(map.legacyTableLine())));
        }
    }
}
