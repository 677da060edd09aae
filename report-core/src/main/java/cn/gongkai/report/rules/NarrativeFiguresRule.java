package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.Section;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * NARRATIVE-MISMATCH for the figures beyond 本年新收 and 行政复议 (those are {@link NarrativeMismatchRule}'s):
 * 予以公开, 部分公开, 无法提供 (the three （四） rows), 上年结转, 结转下年度 against 表三's 总计 column, and
 * 行政诉讼 against 表四's 未经复议直接起诉 + 复议后起诉 totals (facts §7 E8: the text and the tables of one
 * report must agree).
 */
final class NarrativeFiguresRule implements Rule {

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
        return "正文所述予以公开、部分公开、无法提供、上年结转、结转下年度、行政诉讼件数与表三、表四不一致";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        AnnualReport r = context.report();
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

    private static void compare(List<Diagnostic> out, Location at, @Nullable Long stated, Cell table, String figure,
            String where) {
        if (stated == null) {
            return;
        }
        if (!table.known()) {
            out.add(Diagnostic.info(Codes.NOT_CHECKED, "正文所述" + figure + " " + stated + " 件无法与" + where + "核对：对应单元格未知", at));
        } else if (table.value() != stated) {
            out.add(Diagnostic.error(Codes.NARRATIVE_MISMATCH,
                    "正文称" + figure + " " + stated + " 件，" + where + "为 " + table.value(), at));
        }
    }
}
