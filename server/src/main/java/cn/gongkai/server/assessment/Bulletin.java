package cn.gongkai.server.assessment;

import cn.gongkai.server.shared.ChineseDates;
import java.util.ArrayList;
import java.util.List;

/**
 * 月度考核通报: the text of an issued month, written once and rendered as Word and PDF. Problems are named
 * organ by organ, as the bulletins of supervising offices do, so that each knows what to rectify.
 */
record Bulletin(String title, List<String> opening, List<String> header, List<List<String>> rows, List<String> problems,
        List<String> closing, String issuer, String date) {

    static Bulletin of(MonthlyAssessment.Month m, String countyName, AssessmentScheme scheme, int rectifyDays) {
        if (m.issue().isEmpty()) {
            throw new IllegalArgumentException("这个月的考核结果尚未发布，不能导出通报");
        }
        String month = m.month().getYear() + "年" + m.month().getMonthValue() + "月";
        List<String> header = new ArrayList<>(List.of("排名", "单位", "得分"));
        for (Criterion c : Criterion.values()) {
            header.add(c.chinese() + "（" + Scoring.round(scheme.weights().get(c)) + "）");
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (AssessmentRow r : m.rows()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(r.rank()), r.organ().name(), Scoring.format(r.score())));
            for (Criterion c : Criterion.values()) {
                row.add(Scoring.format(r.points().get(c)));
            }
            rows.add(row);
            String p = problems(r.figures(), scheme);
            if (!p.isEmpty()) {
                problems.add(r.organ().name() + "：" + p + "。");
            }
        }
        if (problems.isEmpty()) {
            problems.add("本月考核未发现需要通报的问题。");
        }
        return new Bulletin(countyName + "政府信息公开工作月度考核通报（" + month + "）",
                List.of("各乡镇人民政府，县级各部门：",
                        "根据《中华人民共和国政府信息公开条例》第四十六条、第四十七条和本县政府信息公开工作考核办法，县政务公开办依据政府信息公开平台记录，"
                                + "对各单位" + month + "政府信息公开工作进行了考核。现将结果通报如下。",
                        "一、考核结果（满分" + Scoring.format(m.maxScore()) + "分）"),
                header, rows, problems,
                List.of("三、工作要求",
                        "请以上单位对照通报的问题，于通报之日起" + rectifyDays + "个工作日内完成整改，并在平台“监督检查与整改台账”中填写整改情况。"),
                countyName + "办公室", ChineseDates.of(m.issue().get().on()));
    }

    /** What went wrong in the month, in words; empty when nothing did. */
    static String problems(OrganMonth f, AssessmentScheme scheme) {
        List<String> p = new ArrayList<>();
        if (f.statutoryDue() > f.statutoryOnTime()) {
            p.add("法定主动公开信息未在20个工作日内公开" + (f.statutoryDue() - f.statutoryOnTime()) + "条");
        }
        if (f.requestsClosed() > f.requestsOnTime()) {
            p.add("逾期答复政府信息公开申请" + (f.requestsClosed() - f.requestsOnTime()) + "件");
        }
        if (f.requestsOverdue() > 0) {
            p.add("月底仍有" + f.requestsOverdue() + "件申请超过答复期限未答复");
        }
        if (f.feedbackDue() > f.feedbackOnTime()) {
            p.add("投诉建议未按期答复" + (f.feedbackDue() - f.feedbackOnTime()) + "件");
        }
        if (f.brokenLinkCount() > 0) {
            p.add("失效链接或缺失附件" + f.brokenLinkCount() + "处");
        }
        if (f.guideAgeDays() == null) {
            p.add("未编制政府信息公开指南");
        } else if (f.guideAgeDays() > scheme.guideMaxAgeDays()) {
            p.add("政府信息公开指南超过" + scheme.guideMaxAgeDays() + "天未更新");
        }
        if (f.lateFindings() > 0) {
            p.add("检查发现的问题逾期未整改" + f.lateFindings() + "个");
        }
        if (f.itemsPublished() == 0) {
            p.add("本月未发布信息");
        }
        return String.join("；", p);
    }
}
