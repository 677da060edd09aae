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
import cn.gongkai.report.model.StatedDocumentCounts;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** NARRATIVE-MISMATCH: a figure stated in section 一 contradicts the tables (facts §7 E8). */
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
        return "正文所述数字（收到申请、行政复议、规范性文件）与表格不一致";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        AnnualReport r = context.report();
        Narrative n = r.narrative();
        compare(context, out, n.requestsReceivedStated(), r.requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL),
                "requestsReceivedStated", "正文称收到政府信息公开申请 %d 件，表三“本年新收”总计为 %s", "三");
        compare(context, out, n.reconsiderationsStated(), r.reviews().reconsideration().total(),
                "reconsiderationsStated", "正文称行政复议 %d 件，表四“行政复议”总计为 %s", "四");
        StatedDocumentCounts docs = n.normativeDocumentsStated();
        if (docs != null) {
            var t = r.proactive().normativeDocuments();
            compare(context, out, docs.issued(), t.issued(), "normativeDocumentsStated",
                    "正文称制发行政规范性文件 %d 件，表二“本年制发件数”为 %s", "二");
            compare(context, out, docs.repealed(), t.repealed(), "normativeDocumentsStated",
                    "正文称废止行政规范性文件 %d 件，表二“本年废止件数”为 %s", "二");
            compare(context, out, docs.inForce(), t.inForce(), "normativeDocumentsStated",
                    "正文称现行有效行政规范性文件 %d 件，表二“现行有效件数”为 %s", "二");
        }
    }

    private static void compare(CheckContext context, List<Diagnostic> out, @Nullable Long stated, Cell table,
            String figure, String format, String tableName) {
        if (stated == null) {
            return;
        }
        Integer line = context.sourceMap().narrativeLine(figure);
        if (context.sourceMap().isApproximate(figure)) {
            out.add(Diagnostic.info(Codes.APPROXIMATE, "正文所述数字 " + stated + " 是约数（“余”“多”“约”），不与表" + tableName
                    + "逐一核对" + (table.known() && table.value() < stated ? "；但表中为 " + table.value() + "，少于所述下限" : ""),
                    Location.section(line, "一")));
            return;
        }
        if (!table.known()) {
            out.add(Diagnostic.info(Codes.NOT_CHECKED, "正文所述数字 " + stated + " 无法与表" + tableName + "核对：对应单元格未知",
                    Location.section(line, "一")));
        } else if (table.value() != stated) {
            out.add(Diagnostic.error(Codes.NARRATIVE_MISMATCH, String.format(format, stated, table.value()),
                    Location.section(line, "一")));
        }
    }
}
