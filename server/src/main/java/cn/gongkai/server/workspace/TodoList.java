package cn.gongkai.server.workspace;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.annualreport.AnnualReportService;
import cn.gongkai.server.annualreport.ReportPublication;
import cn.gongkai.server.annualreport.ReportVersion;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.publication.Item;
import cn.gongkai.server.publication.ItemStatus;
import cn.gongkai.server.publication.PublicationService;
import cn.gongkai.server.publication.SeparationOfDuties;
import cn.gongkai.server.request.CaseView;
import cn.gongkai.server.request.RequestDecisions;
import cn.gongkai.server.request.RequestService;
import cn.gongkai.server.supervision.Feedback;
import cn.gongkai.server.supervision.FeedbackService;
import cn.gongkai.server.supervision.InspectionFinding;
import cn.gongkai.server.supervision.InspectionService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 待办: what waits for the signed-in person, read from each feature's own service (so its rules of who may
 * see and decide what hold): drafts returned to him, items and annual reports at a review step he may
 * decide (role and 职责分离), annual reports returned to the organ's handlers, open requests with their
 * reply deadlines (Art. 33), complaints and suggestions to answer by their due day ({@link Feedback#waitsFor}),
 * and inspection findings to rectify (organ) or accept (supervisor). Notifications tell the same people.
 */
@Component
public class TodoList {

    private static final Set<Role> CASEWORK = EnumSet.of(Role.DRAFTER, Role.ORGAN_ADMIN);
    private static final Set<Role> REVIEW = EnumSet.of(Role.FIRST_REVIEWER, Role.SECOND_REVIEWER, Role.FINAL_REVIEWER);

    private final Organs organs;
    private final PublicationService publication;
    private final SeparationOfDuties duties;
    private final ReportPublication reportPublication;
    private final AnnualReportService reports;
    private final RequestService requests;
    private final RequestDecisions decisions;
    private final FeedbackService feedback;
    private final InspectionService inspections;
    private final Clock clock;

    TodoList(Organs organs, PublicationService publication, SeparationOfDuties duties,
            ReportPublication reportPublication, AnnualReportService reports, RequestService requests,
            RequestDecisions decisions, FeedbackService feedback, InspectionService inspections, Clock clock) {
        this.decisions = decisions;
        this.organs = organs;
        this.publication = publication;
        this.duties = duties;
        this.reportPublication = reportPublication;
        this.reports = reports;
        this.requests = requests;
        this.feedback = feedback;
        this.inspections = inspections;
        this.clock = clock;
    }

    /** The groups with at least one entry; nothing for the three administrators, who do no organ's work. */
    public List<Todo.Group> of(StaffUser user) {
        Organ organ = organs.byId(user.organId()).orElse(null);
        if (organ == null || user.roles().stream().noneMatch(r -> CASEWORK.contains(r) || REVIEW.contains(r)
                || r == Role.COUNTY_SUPERVISOR)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Todo.Group> groups = new ArrayList<>();
        boolean organWork = user.roles().stream().anyMatch(r -> CASEWORK.contains(r) || REVIEW.contains(r));
        if (organWork) {
            List<Item> items = publication.itemsOf(user, organ.id());
            add(groups, "退回修改的稿件", returned(user, items));
            add(groups, "待我审核的信息", toReview(user, organ, items));
            add(groups, "待我审核的年度报告", reportsToReview(user, organ));
            add(groups, "退回修改的年度报告", reportsReturned(user, organ));
            add(groups, "办理中的依申请公开", requests(user, organ));
        }
        add(groups, "待答复的投诉建议", feedback(user, organ, today));
        add(groups, user.has(Role.COUNTY_SUPERVISOR) ? "待确认的整改" : "待整改的检查问题", findings(user, today));
        return groups;
    }

    private static void add(List<Todo.Group> groups, String name, List<Todo> entries) {
        if (!entries.isEmpty()) {
            List<Todo> sorted = new ArrayList<>(entries);
            // most urgent first: the earliest deadline, then those without one
            sorted.sort(Comparator.comparing(Todo::deadline, Comparator.nullsLast(Comparator.naturalOrder())));
            groups.add(new Todo.Group(name, sorted));
        }
    }

    private static List<Todo> returned(StaffUser user, List<Item> items) {
        if (!user.has(Role.DRAFTER)) {
            return List.of();
        }
        return items.stream().filter(i -> i.status() == ItemStatus.RETURNED && i.createdBy().equals(user.username()))
                .map(i -> new Todo(i.content().title(), "退回意见：" + (i.returnComment() == null ? "（无）" : i.returnComment()),
                        null, "", false, "/workspace/items/" + i.id()))
                .toList();
    }

    private List<Todo> toReview(StaffUser user, Organ organ, List<Item> items) {
        var chain = publication.chainOf(organ.id());
        return items.stream().filter(i -> i.status() == ItemStatus.IN_REVIEW)
                .filter(i -> i.reviewStep() <= chain.size() && user.has(chain.roleAt(i.reviewStep())))
                .filter(i -> duties.mayDecide(organ.id(), SeparationOfDuties.ITEM, Long.toString(i.id()), user.username(),
                        i.reviewStep()))
                .map(i -> new Todo(i.content().title(), "第 " + i.reviewStep() + " 步" + chain.roleAt(i.reviewStep()).chinese()
                        + "，撰稿人 " + i.createdBy(), null, "", false, "/workspace/items/" + i.id()))
                .toList();
    }

    private List<Todo> reportsToReview(StaffUser user, Organ organ) {
        int year = reports.reportYear(null);
        LocalDate deadline = reports.deadline(organ, year);
        return reportPublication.versions(user, year).stream()
                .filter(v -> v.status() == ReportVersion.Status.IN_REVIEW && reportPublication.mayDecide(user, v))
                .map(v -> dated(year + " 年政府信息公开工作年度报告（第 " + v.version() + " 版）", "发布期限（第四十九条）",
                        deadline, LocalDate.now(clock), "/workspace/annual-report?year=" + year))
                .toList();
    }

    /** The newest version of the report year sent back: the organ's handlers compile and submit it again. */
    private List<Todo> reportsReturned(StaffUser user, Organ organ) {
        if (user.roles().stream().noneMatch(CASEWORK::contains)) {
            return List.of();
        }
        int year = reports.reportYear(null);
        return reportPublication.versions(user, year).stream().max(Comparator.comparingInt(ReportVersion::version))
                .filter(v -> v.status() == ReportVersion.Status.RETURNED)
                .map(v -> dated(year + " 年政府信息公开工作年度报告（第 " + v.version() + " 版）", "已退回，请修改后重新提交",
                        reports.deadline(organ, year), LocalDate.now(clock), "/workspace/annual-report?year=" + year))
                .stream().toList();
    }

    private List<Todo> requests(StaffUser user, Organ organ) {
        boolean casework = user.roles().stream().anyMatch(CASEWORK::contains);
        return requests.casesOf(user, organ.id()).stream().filter(v -> v.request().status().open())
                // reviewers only see the replies waiting for their decision: at their step, under 职责分离
                .filter(v -> casework || decisions.mayDecide(user, v.request()))
                .map(v -> request(v)).toList();
    }

    private static Todo request(CaseView v) {
        var clock = v.clock();
        String note;
        LocalDate deadline = clock.deadline() == null ? null : clock.deadline().date();
        if (clock.waitingForCorrection()) {
            note = "等待申请人补正，补正期限 " + clock.correctionDue();
        } else if (clock.daysLeft() == null) {
            note = "";
        } else if (clock.daysLeft() < 0) {
            note = "已逾期 " + -clock.daysLeft() + " 个工作日";
        } else {
            note = "剩 " + clock.daysLeft() + " 个工作日" + (clock.paused() ? "（期限暂停计算中）" : "");
        }
        return new Todo(v.request().requestNumber() + " " + v.request().description(), v.request().status().chinese(),
                deadline, note, clock.overdue(), "/workspace/requests/" + v.request().id());
    }

    private List<Todo> feedback(StaffUser user, Organ organ, LocalDate today) {
        List<Feedback> list = feedback.of(user, organ.id());
        // the supervisor: complaints that landed with his office and drafts waiting for approval; the organ:
        // suggestions, and complaints given to it to draft (not those still with the supervisor)
        return list.stream().filter(f -> f.waitsFor(user))
                .map(f -> dated(f.number() + " " + f.kind().chinese(), f.draftReply() != null ? "答复草稿待审核" : "待答复",
                        f.dueOn(), today, "/workspace/feedback"))
                .toList();
    }

    private List<Todo> findings(StaffUser user, LocalDate today) {
        boolean supervisor = user.has(Role.COUNTY_SUPERVISOR);
        if (!supervisor && !user.has(Role.ORGAN_ADMIN)) {
            return List.of();
        }
        return inspections.visibleTo(user).stream()
                .filter(f -> f.status() == (supervisor ? InspectionFinding.Status.RECTIFIED : InspectionFinding.Status.OPEN))
                .map(f -> supervisor
                        ? new Todo(f.number() + " " + f.category().chinese(), "整改情况：" + f.rectification(), null, "", false,
                                "/workspace/inspections#finding-" + f.number())
                        : dated(f.number() + " " + f.category().chinese(), f.description(), f.rectifyBy(), today,
                                "/workspace/inspections#finding-" + f.number()))
                .toList();
    }

    /** An entry due on a calendar day (not working days): "剩 N 天", "今天到期", "已逾期 N 天". */
    private static Todo dated(String title, String detail, LocalDate due, LocalDate today, String link) {
        long days = ChronoUnit.DAYS.between(today, due);
        String note = days > 0 ? "剩 " + days + " 天" : days == 0 ? "今天到期" : "已逾期 " + -days + " 天";
        return new Todo(title, detail, due, note, days < 0, link);
    }
}
