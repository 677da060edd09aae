package cn.gongkai.server;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.assessment.MonthlyAssessment;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.supervision.Feedback;
import cn.gongkai.server.supervision.FeedbackService;
import cn.gongkai.server.supervision.InspectionFinding;
import cn.gongkai.server.supervision.InspectionService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumSet;
import org.springframework.stereotype.Component;

/**
 * This year's supervision in the demo county: complaints and suggestions (one answered and published, two
 * open), an inspection finding rectified and accepted and one still open, and the last two months'
 * assessments issued. All in the current year, so the seed years' reports stay as the seeds state them
 * (普威镇 2025: no complaint).
 */
@Component
class DemoSupervision {

    private final FeedbackService feedback;
    private final cn.gongkai.server.supervision.ComplaintReview complaints;
    private final InspectionService inspections;
    private final MonthlyAssessment assessment;
    private final Organs organs;
    private final TravellingClock clock;

    DemoSupervision(FeedbackService feedback, cn.gongkai.server.supervision.ComplaintReview complaints, InspectionService inspections, MonthlyAssessment assessment, Organs organs,
            Clock clock) {
        this.feedback = feedback;
        this.complaints = complaints;
        this.inspections = inspections;
        this.assessment = assessment;
        this.organs = organs;
        this.clock = TravellingClock.of(clock);
    }

    void create(LocalDate today) {
        StaffUser supervisor = new StaffUser(0, "county.supervisor", "县政务公开办 监督员", 1, EnumSet.of(Role.COUNTY_SUPERVISOR),
                "", true, false);
        Organ puwei = organ("puwei");
        LocalDate early = today.minusDays(40);
        clock.travelTo(early, LocalTime.of(15, 0));
        long answered = feedback.submit(puwei, Feedback.Kind.COMPLAINT,
                "普威镇政府信息公开栏目中今年的临时救助对象公示只更新到上半年，希望及时更新。", "13900000001（演示）", true).feedback().id();
        clock.travelTo(early.plusDays(6), LocalTime.of(10, 0));
        // Art. 51: a complaint goes to the supervising body (the county's 政务公开办), which answers it here
        complaints.reply(supervisor, answered,
                "感谢您的监督。经核查，下半年临时救助对象公示已于近日补充发布，今后将按月及时公示。", true);
        clock.travelTo(today.minusDays(5), LocalTime.of(20, 0));
        feedback.submit(organ("xiaopu"), Feedback.Kind.SUGGESTION, "建议小铺镇把农村低保、临时救助的申请流程做成图解放在网站上，方便老年人看懂。",
                null, true);
        clock.travelTo(today.minusDays(2), LocalTime.of(11, 0));
        feedback.submit(organ("gaoping"), Feedback.Kind.COMPLAINT, "高平镇网站上公开指南里的咨询电话打不通，请核实更新。",
                "13900000002（演示）", false);

        Organ baipo = organ("baipo");
        clock.travelTo(today.minusDays(35), LocalTime.of(10, 0));
        InspectionFinding f = inspections.record(supervisor, "baipo", InspectionFinding.Category.IMAGE_NOT_SHOWN,
                "“图片展示”栏目中有 2 条信息的图片不显示。", "门户 → 白坡彝族乡 → 政府信息公开 → 图片展示", null);
        clock.travelTo(today.minusDays(30), LocalTime.of(10, 0));
        inspections.rectify(DemoItems.user(baipo, "admin", Role.ORGAN_ADMIN), f.id(), "已重新上传图片并补充图片说明文字，逐条核对可以正常显示。");
        clock.travelTo(today.minusDays(28), LocalTime.of(10, 0));
        inspections.confirm(supervisor, f.id());
        clock.travelTo(today.minusDays(6), LocalTime.of(10, 0));
        inspections.record(supervisor, "binggu", InspectionFinding.Category.STALE_CONTENT,
                "“工作动态”栏目近一个月未更新。", "门户 → 丙谷镇 → 政府信息公开", null);
        clock.back();
        YearMonth last = YearMonth.from(today).minusMonths(1);
        assessment.issue(supervisor, last.minusMonths(1));
        assessment.issue(supervisor, last);
    }

    private Organ organ(String code) {
        return organs.byCode(code).orElseThrow();
    }
}
