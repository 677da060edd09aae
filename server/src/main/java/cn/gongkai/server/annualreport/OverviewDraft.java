package cn.gongkai.server.annualreport;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.RequestTable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Section 一 (总体情况) drafted from the records in the five sub-sections the national format asks for
 * (国办公开办函〔2021〕30号 一（一）: 主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障), one
 * paragraph each. The figures stay {placeholders}, filled at every compile, so a corrected record changes
 * the text; staff edit the sentences and add their own around them.
 */
final class OverviewDraft {

    /** What the platform counts for 政府信息管理 and 平台建设 in the year. */
    record Management(int statutoryDue, int statutoryOnTime, int reviewRecords, int confidentialityReviews, int catalogEntries) {

        static final Management NONE = new Management(0, 0, 0, 0, 0);
    }

    static final String TEXT = String.join("\n",
            "（一）主动公开。{年度}年，本机关主动公开政府信息{主动公开信息总数}条{其中}。法定主动公开内容应公开{法定应公开}条，"
                    + "在形成或者变更之日起20个工作日内公开{法定按时公开}条（《中华人民共和国政府信息公开条例》第二十六条）。"
                    + "本年制发行政规范性文件{规范性文件制发}件，废止{规范性文件废止}件，现行有效{规范性文件现行有效}件。",
            "（二）依申请公开。本年新收政府信息公开申请{本年新收申请}件，上年结转{上年结转申请}件，办结{本年办结申请}件，"
                    + "其中按期办结{按期办结申请}件。办理结果：予以公开{予以公开}件，部分公开{部分公开}件，不予公开{不予公开}件，"
                    + "无法提供{无法提供}件，不予处理{不予处理}件，其他处理{其他处理}件；结转下年度继续办理{结转下年度申请}件。",
            "（三）政府信息管理。拟公开的政府信息按本机关审核流程逐级审核后发布，全年完成审核{审核次数}次，其中保密审查{保密审查次数}次；"
                    + "行政规范性文件实行有效性登记，现行有效{规范性文件现行有效}件。",
            "（四）政府信息公开平台建设。依托政府网站“政府信息公开”专栏集中发布主动公开的政府信息，"
                    + "基层政务公开标准目录已录入公开事项{目录事项数}项。",
            "（五）监督保障。收到对政府信息公开工作的投诉建议{投诉建议}件，已答复{已答复投诉建议}件；监督检查发现问题{检查发现问题}个，"
                    + "已整改{已整改问题}个。{考核结果}因政府信息公开工作被申请行政复议{行政复议}件、提起行政诉讼{行政诉讼}件。");

    private OverviewDraft() {
    }

    /** The figures the five paragraphs name beyond those of {@link ReportAssembler#figures}. */
    static Map<String, String> figures(Management m, long normativeIssued, long normativeRepealed, long normativeInForce,
            RequestTable requests) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("法定应公开", Integer.toString(m.statutoryDue()));
        v.put("法定按时公开", Integer.toString(m.statutoryOnTime()));
        v.put("规范性文件制发", Long.toString(normativeIssued));
        v.put("规范性文件废止", Long.toString(normativeRepealed));
        v.put("规范性文件现行有效", Long.toString(normativeInForce));
        v.put("审核次数", Integer.toString(m.reviewRecords()));
        v.put("保密审查次数", Integer.toString(m.confidentialityReviews()));
        v.put("目录事项数", Integer.toString(m.catalogEntries()));
        v.put("予以公开", Long.toString(sum(requests, RequestRow.GRANTED, RequestRow.GRANTED)));
        v.put("部分公开", Long.toString(sum(requests, RequestRow.PARTIALLY_GRANTED, RequestRow.PARTIALLY_GRANTED)));
        v.put("不予公开", Long.toString(sum(requests, RequestRow.WITHHELD_STATE_SECRET, RequestRow.WITHHELD_INQUIRY_MATTER)));
        v.put("无法提供", Long.toString(sum(requests, RequestRow.UNABLE_NOT_HELD, RequestRow.UNABLE_STILL_UNCLEAR)));
        v.put("不予处理", Long.toString(sum(requests, RequestRow.NOT_PROCESSED_COMPLAINT, RequestRow.NOT_PROCESSED_CONFIRMATION)));
        v.put("其他处理", Long.toString(sum(requests, RequestRow.OTHER_CORRECTION_OVERDUE, RequestRow.OTHER_HANDLING)));
        return v;
    }

    /** The 总计 column of table 三 over the rows {@code from}–{@code to} (a group of outcomes). */
    private static long sum(RequestTable t, RequestRow from, RequestRow to) {
        long n = 0;
        for (RequestRow row : RequestRow.values()) {
            if (row.ordinal() >= from.ordinal() && row.ordinal() <= to.ordinal()) {
                n += t.get(row, ApplicantColumn.TOTAL).value();
            }
        }
        return n;
    }
}
