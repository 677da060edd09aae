package cn.gongkai.server;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.ReviewGroup;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.publication.ReviewChain;
import cn.gongkai.server.publication.ReviewChains;
import cn.gongkai.server.request.Channel;
import cn.gongkai.server.request.Delivery;
import cn.gongkai.server.request.FormWanted;
import cn.gongkai.server.request.IntakeForm;
import cn.gongkai.server.request.Outcome;
import cn.gongkai.server.request.RequestDecisions;
import cn.gongkai.server.request.RequestService;
import cn.gongkai.server.request.ReviewCase;
import cn.gongkai.server.request.ReviewCaseService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.stereotype.Component;

/**
 * The demo county's requests for disclosure, each registered, decided, reviewed and sent through the
 * request services on its own days, so that tables 三 and 四 are compiled from cases: 小铺镇's two
 * requests of 2025 from natural persons (其他处理, one received before 春节, one before 国庆) and the
 * reconsideration that corrected one of them; the departments' and the county government's answered
 * requests; and a few still in hand now, one waiting for a third party across 国庆. Applicants are invented.
 */
@Component
class DemoCases {

    private final RequestService requests;
    private final RequestDecisions decisions;
    private final cn.gongkai.server.request.RequestSteps steps;
    private final ReviewCaseService reviews;
    private final ReviewChains chains;
    private final Organs organs;
    private final TravellingClock clock;

    DemoCases(RequestService requests, RequestDecisions decisions, cn.gongkai.server.request.RequestSteps steps,
            ReviewCaseService reviews, ReviewChains chains, Organs organs, Clock clock) {
        this.requests = requests;
        this.decisions = decisions;
        this.steps = steps;
        this.reviews = reviews;
        this.chains = chains;
        this.organs = organs;
        this.clock = TravellingClock.of(clock);
    }

    void create(LocalDate today) {
        // 小铺镇 2025 (seed: 2 from natural persons, 其他处理 3.其他; 1 reconsideration, 结果纠正).
        long first = closed("xiaopu", person("李某某", "510421198506123420"), "小铺镇2024年度村级公益事业建设一事一议财政奖补项目资金使用明细",
                LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 18), Outcome.OTHER_HANDLING,
                "申请人要求提供的资金使用明细涉及正在进行的审计工作，经与申请人沟通，待审计结束后另行提供，本次申请按其他方式处理。");
        long second = closed("xiaopu", person("王某", "510421197203041810"), "小铺镇新山村2025年土地征收补偿安置方案及补偿标准",
                LocalDate.of(2025, 9, 24), LocalDate.of(2025, 10, 24), Outcome.OTHER_HANDLING,
                "申请内容涉及的补偿安置方案由县自然资源局组织编制，已告知申请人向县自然资源局咨询，本次申请按其他方式处理。");
        StaffUser xiaopu = DemoItems.user(organ("xiaopu"), "drafter", Role.DRAFTER);
        clock.travelTo(LocalDate.of(2025, 11, 3), LocalTime.of(10, 0));
        ReviewCase review = reviews.addReview(xiaopu, second, ReviewGroup.RECONSIDERATION, LocalDate.of(2025, 11, 3), "米易县人民政府");
        clock.travelTo(LocalDate.of(2025, 12, 22), LocalTime.of(10, 0));
        reviews.decideReview(xiaopu, review.id(), ReviewCase.Result.CORRECTED, LocalDate.of(2025, 12, 22));
        // The departments and the county government answer their requests of both years.
        closed("miyi-education", person("赵某某", "510421199011011237"), "米易县2025年义务教育阶段学校招生划片范围",
                LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 21), Outcome.GRANTED, "");
        closed("miyi-education", company("米易县某教育咨询有限公司"), "2024年县内民办培训机构年检结果",
                LocalDate.of(2024, 6, 11), LocalDate.of(2024, 7, 2), Outcome.PARTIALLY_GRANTED,
                "年检结果中涉及机构负责人个人信息的部分不予公开（《条例》第十五条），其余部分予以公开。");
        closed("miyi-justice", person("陈某某", "510421196309152055"), "2025年米易县法律援助案件办理数量统计",
                LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 27), Outcome.GRANTED, "");
        closed("miyi", company("米易县某建筑工程有限公司"), "米易县2024年政府投资项目计划",
                LocalDate.of(2024, 8, 5), LocalDate.of(2024, 8, 26), Outcome.GRANTED, "");
        closed("miyi", person("刘某", "510421198506123420"), "某小区业主委员会成员的联系方式",
                LocalDate.of(2025, 5, 12), LocalDate.of(2025, 6, 3), Outcome.UNABLE_NOT_HELD,
                "经检索，本机关不掌握业主委员会成员联系方式，建议向所在街道社区咨询。");
        inHand(today);
        clock.back();
    }

    /** Requests still open now: one waiting for a third party's opinion since before 国庆, one just received. */
    private void inHand(LocalDate today) {
        LocalDate beforeHoliday = LocalDate.of(today.getYear(), 9, 25);
        if (beforeHoliday.isBefore(today.minusDays(3))) {
            Organ baipo = organ("baipo");
            StaffUser drafter = DemoItems.user(baipo, "drafter", Role.DRAFTER);
            clock.travelTo(beforeHoliday, LocalTime.of(10, 0));
            long id = requests.register(drafter, form(person("杨某某", "510421199011011237"), "白坡彝族乡" + today.getYear()
                    + "年高标准农田建设项目施工合同", beforeHoliday)).request().id();
            clock.travelTo(beforeHoliday.plusDays(3), LocalTime.of(10, 0));
            steps.startConsultation(drafter, id, cn.gongkai.server.request.RequestSteps.Consulted.THIRD_PARTY,
                    "承建该项目的某建设有限公司", beforeHoliday.plusDays(3));
        }
        Organ binggu = organ("binggu");
        clock.travelTo(today.minusDays(8), LocalTime.of(10, 0));
        requests.register(DemoItems.user(binggu, "drafter", Role.DRAFTER), form(company("米易县某农业开发有限公司"),
                "丙谷镇" + today.getYear() + "年农村人居环境整治项目资金拨付情况", today.minusDays(8)));
    }

    private long closed(String code, Applicant who, String what, LocalDate received, LocalDate answered, Outcome outcome,
            String explanation) {
        Organ organ = organ(code);
        StaffUser drafter = DemoItems.user(organ, "drafter", Role.DRAFTER);
        clock.travelTo(received, LocalTime.of(9, 0));
        long id = requests.register(drafter, form(who, what, received)).request().id();
        clock.travelTo(answered.minusDays(2), LocalTime.of(9, 0));
        decisions.draftDecision(drafter, id, outcome, null, explanation, "米易县人民政府", answered.minusDays(2));
        ReviewChain chain = chains.forOrgan(organ.id());
        for (int step = 1; step <= chain.size(); step++) {
            decisions.approveDecision(DemoItems.reviewer(organ, chain.roleAt(step)), id);
        }
        clock.travelTo(answered, LocalTime.of(9, 0));
        decisions.send(drafter, id, "邮寄", answered);
        return id;
    }

    private record Applicant(ApplicantColumn type, String name, String idNumber, String contact) {
    }

    private static Applicant person(String name, String idNumber) {
        return new Applicant(ApplicantColumn.NATURAL_PERSON, name, idNumber, "13900000000（演示）");
    }

    private static Applicant company(String name) {
        return new Applicant(ApplicantColumn.COMMERCIAL_ENTERPRISE, name + "（演示）", null, "demo@example.com");
    }

    private static IntakeForm form(Applicant a, String description, LocalDate received) {
        boolean person = a.type() == ApplicantColumn.NATURAL_PERSON;
        return new IntakeForm(a.type(), a.name(), person ? "居民身份证" : null, a.idNumber(), a.contact(), description, null,
                person ? FormWanted.PAPER : FormWanted.EMAIL, person ? Delivery.POST : Delivery.EMAIL,
                person ? Channel.COUNTER : Channel.EMAIL, received,
                // Art. 31: an e-mail request is received on the day both sides confirm it
                person ? null : "当日回复邮件与申请人确认收到");
    }

    private Organ organ(String code) {
        return organs.byCode(code).orElseThrow();
    }
}
