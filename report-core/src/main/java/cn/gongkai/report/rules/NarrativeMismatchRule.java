package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.Narrative;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.Section;
import cn.gongkai.report.model.StatedDocumentCounts;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * NARRATIVE-MISMATCH: a figure stated in section 一 contradicts the tables (facts §7 E8: the text and the
 * tables of one report must agree). The figures the parser reads with their lines (本年新收, 行政复议,
 * 行政规范性文件), and those read from the section's text by {@link StatedFigures}: 予以公开, 部分公开,
 * 无法提供 (the three （四） rows), 上年结转, 结转下年度 against 表三's 总计 column, and 行政诉讼 against 表四's
 * 未经复议直接起诉 + 复议后起诉 totals. One comparison for all: unknown cell → NOT-CHECKED, approximate
 * figure (“余”“多”“约”) → APPROXIMATE, different → the error.
 */
final class NarrativeMismatchRule implements Rule {

    @Override
    public String code() {
        return Codes.NARRATIVE_MISMATCH;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "正文所述数字（收到申请、行政复议、规范性文件，予以公开、部分公开、无法提供、上年结转、结转下年度、行政诉讼件数）与表格不一致";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        AnnualReport r = context.report();
        Narrative n = r.narrative();
        parsed(context, out, n.requestsReceivedStated(), r.requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL),
                "requestsReceivedStated", "收到政府信息公开申请", "表三“本年新收”总计", "三");
        parsed(context, out, n.reconsiderationsStated(), r.reviews().reconsideration().total(),
                "reconsiderationsStated", "行政复议", "表四“行政复议”总计", "四");
        StatedDocumentCounts docs = n.normativeDocumentsStated();
        if (docs != null) {
            var t = r.proactive().normativeDocuments();
            parsed(context, out, docs.issued(), t.issued(), "normativeDocumentsStated", "制发行政规范性文件", "表二“本年制发件数”", "二");
            parsed(context, out, docs.repealed(), t.repealed(), "normativeDocumentsStated", "废止行政规范性文件",
                    "表二“本年废止件数”", "二");
            parsed(context, out, docs.inForce(), t.inForce(), "normativeDocumentsStated", "现行有效行政规范性文件",
                    "表二“现行有效件数”", "二");
        }

        StatedFigures s = context.stated();
        Location at = Location.section(context.sourceMap().sectionLine(Section.OVERVIEW), "一");
        compare(out, at, s.granted(), total(r, RequestRow.GRANTED), "予以公开", "表三“（一）予以公开”总计");
        compare(out, at, s.partiallyGranted(), total(r, RequestRow.PARTIALLY_GRANTED), "部分公开", "表三“（二）部分公开”总计");
        compare(out, at, s.unable(), sum(total(r, RequestRow.UNABLE_NOT_HELD), total(r, RequestRow.UNABLE_NEEDS_CREATION),
                total(r, RequestRow.UNABLE_STILL_UNCLEAR)), "无法提供", "表三“（四）无法提供”三项总计之和");
        compare(out, at, s.carriedIn(), total(r, RequestRow.CARRIED_IN), "上年结转", "表三“二、上年结转”总计");
        compare(out, at, s.carriedOut(), total(r, RequestRow.CARRIED_OUT), "结转下年度", "表三“四、结转下年度继续办理”总计");
        compare(out, at, s.litigation(), sum(r.reviews().litigationDirect().total(),
                r.reviews().litigationAfterReconsideration().total()), "行政诉讼",
                "表四“未经复议直接起诉”与“复议后起诉”总计之和");
    }

    /** A figure the parser read, at its own line; it may be written as approximate. */
    private static void parsed(CheckContext context, List<Diagnostic> out, @Nullable Long stated, Cell table,
            String figure, String what, String where, String tableName) {
        if (stated == null) {
            return;
        }
        Location at = Location.section(context.sourceMap().narrativeLine(figure), "一");
        if (context.sourceMap().isApproximate(figure)) {
            out.add(Diagnostic.info(Codes.APPROXIMATE, "正文所述数字 " + stated + " 是约数（“余”“多”“约”），不与表" + tableName
                    + "逐一核对" + (table.known() && table.value() < stated ? "；但表中为 " + table.value() + "，少于所述下限" : ""),
                    at));
            return;
        }
        compare(out, at, stated, table, what, where);
    }

    /** Stated {@code what} against the cell {@code where}: NOT-CHECKED when the cell is unknown, the error when they differ. */
    private static void compare(List<Diagnostic> out, Location at, @Nullable Long stated, Cell table, String what,
            String where) {
        if (stated == null) {
            return;
        }
        if (!table.known()) {
            out.add(Diagnostic.info(Codes.NOT_CHECKED, "正文所述" + what + " " + stated + " 件无法与" + where + "核对：对应单元格未知", at));
        } else if (table.value() != stated) {
            out.add(Diagnostic.error(Codes.NARRATIVE_MISMATCH, "正文称" + what + " " + stated + " 件，" + where + "为 " + table.value(), at));
        }
    }

    private static Cell total(AnnualReport r, RequestRow row) {
        return r.requests().get(row, ApplicantColumn.TOTAL);
    }

    private static Cell sum(Cell... cells) {
        long s = 0;
        for (Cell c : cells) {
            if (!c.known()) {
                return Cell.unknown();
            }
            s += c.value();
        }
        return Cell.of(s);
    }
}
