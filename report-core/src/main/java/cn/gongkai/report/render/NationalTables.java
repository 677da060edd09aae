package cn.gongkai.report.render;

import cn.gongkai.report.document.Table;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.DocumentCounts;
import cn.gongkai.report.model.ProactiveTable;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.ReviewOutcomes;
import java.util.Arrays;
import java.util.List;

/**
 * Tables 二, 三 and 四 of a report laid out as the national format (国办公开办函〔2021〕30号) prints them, as
 * one {@link Table} each for the Word, HTML and PDF writers: 表二 one table with the four 第二十条 captions
 * as merged rows; 表三 with 申请人情况 over the 7 data columns, 法人或其他组织 over 5, the vertical
 * 三、本年度办理结果 and the group labels merged down their rows; 表四 with 行政复议 over 5 columns, 行政诉讼
 * over 10, 未经复议直接起诉 / 复议后起诉 over 5 each. Widths follow the national sample: narrow label
 * columns on the left of 表三, the data columns all of one width (其他 and 总计 as wide as the rest).
 */
public final class NationalTables {

    /** 表三's three label columns (the vertical group, the sub-group, the row label), then 7 equal data columns. */
    static final double[] REQUEST_WIDTHS = {5.5, 10, 25.5, 8.43, 8.43, 8.43, 8.43, 8.43, 8.43, 8.43};

    private NationalTables() {
    }

    public static Table proactive(AnnualReport r) {
        ProactiveTable p = r.proactive();
        Table.Builder t = Table.columns(40, 20, 20, 20);
        t.row().th("第二十条第（一）项", 4, 1);
        t.row().th("信息内容").th("本年制发件数").th("本年废止件数").th("现行有效件数");
        documents(t.row().label("规章", 1, 1), p.rules());
        documents(t.row().label("行政规范性文件", 1, 1), p.normativeDocuments());
        t.row().th("第二十条第（五）项", 4, 1);
        t.row().th("信息内容").th("本年处理决定数量", 3, 1);
        wide(t.row().label("行政许可", 1, 1), p.licensing());
        t.row().th("第二十条第（六）项", 4, 1);
        t.row().th("信息内容").th("本年处理决定数量", 3, 1);
        wide(t.row().label("行政处罚", 1, 1), p.penalty());
        wide(t.row().label("行政强制", 1, 1), p.coerciveMeasure());
        t.row().th("第二十条第（八）项", 4, 1);
        t.row().th("信息内容").th("本年收费金额（单位：万元）", 3, 1);
        String fees = TextRenderer.money(p.administrativeFees());
        if (p.administrativeFees() == null) {
            t.row().label("行政事业性收费", 1, 1).add(new Table.Cell(fees, 3, 1, false, Table.Align.CENTER, true));
        } else {
            t.row().label("行政事业性收费", 1, 1).td(fees, 3, 1);
        }
        return t.build();
    }

    public static Table requests(AnnualReport r) {
        Table.Builder t = Table.columns(REQUEST_WIDTHS);
        t.header().th("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3).th("申请人情况", 7, 1);
        t.header().th(ApplicantColumn.NATURAL_PERSON.label(), 1, 2).th("法人或其他组织", 5, 1).th(ApplicantColumn.TOTAL.label(), 1, 2);
        t.header();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            if (c != ApplicantColumn.NATURAL_PERSON && c != ApplicantColumn.TOTAL) {
                t.th(c.label());
            }
        }
        String group = null;
        int outcomes = (int) Arrays.stream(RequestRow.values()).filter(x -> x.isOutcome() || x == RequestRow.HANDLED_TOTAL).count();
        for (RequestRow row : RequestRow.values()) {
            t.row();
            if (!row.isOutcome() && row != RequestRow.HANDLED_TOTAL) {
                t.label(row.label(), 3, 1);
            } else {
                if (row == RequestRow.GRANTED) {
                    t.th("三、本年度办理结果", 1, outcomes);
                }
                if (row.group() == null) {
                    t.label(row.label(), 2, 1);
                } else {
                    if (!row.group().equals(group)) {
                        int span = (int) Arrays.stream(RequestRow.values()).filter(x -> row.group().equals(x.group())).count();
                        t.th(row.group(), 1, span);
                    }
                    t.label(row.label(), 1, 1);
                }
            }
            group = row.group();
            for (ApplicantColumn c : ApplicantColumn.values()) {
                cell(t, r.requests().get(row, c));
            }
        }
        return t.build();
    }

    public static Table reviews(AnnualReport r) {
        double[] widths = new double[15];
        Arrays.fill(widths, 1);
        Table.Builder t = Table.columns(widths);
        t.header().th("行政复议", 5, 1).th("行政诉讼", 10, 1);
        t.header();
        for (String l : ReviewOutcomes.COLUMN_LABELS) {
            t.th(l, 1, 2);
        }
        t.th("未经复议直接起诉", 5, 1).th("复议后起诉", 5, 1);
        t.header();
        for (int g = 0; g < 2; g++) {
            for (String l : ReviewOutcomes.COLUMN_LABELS) {
                t.th(l);
            }
        }
        t.row();
        for (ReviewOutcomes o : List.of(r.reviews().reconsideration(), r.reviews().litigationDirect(),
                r.reviews().litigationAfterReconsideration())) {
            for (Cell c : o.cells()) {
                cell(t, c);
            }
        }
        return t.build();
    }

    private static void documents(Table.Builder t, DocumentCounts d) {
        cell(t, d.issued());
        cell(t, d.repealed());
        cell(t, d.inForce());
    }

    private static void wide(Table.Builder t, Cell c) {
        if (c.known()) {
            t.td(TextRenderer.cell(c), 3, 1);
        } else {
            t.add(new Table.Cell(TextRenderer.UNKNOWN, 3, 1, false, Table.Align.CENTER, true));
        }
    }

    private static void cell(Table.Builder t, Cell c) {
        if (c.known()) {
            t.td(TextRenderer.cell(c));
        } else {
            t.flagged(TextRenderer.UNKNOWN);
        }
    }
}
