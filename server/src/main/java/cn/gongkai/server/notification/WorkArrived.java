package cn.gongkai.server.notification;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.annualreport.AnnualReportService;
import cn.gongkai.server.annualreport.ReportPublication;
import cn.gongkai.server.annualreport.ReportVersion;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.publication.PublicationService;
import cn.gongkai.server.publication.ReviewChain;
import cn.gongkai.server.publication.SeparationOfDuties;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells staff when writing work arrives for them, as their 待办 shows it: an item at a review step (the
 * step's reviewers who may decide it under 职责分离), an item returned or taken back from its schedule (its
 * drafter), an annual report at a review step (likewise), returned (the organ's handlers, who compile and
 * submit it again) or published (the same, so they know it is done). Cases (requests, complaints, findings) are
 * {@link CaseWorkArrived}'s.
 */
@Component
@Order(1)
class WorkArrived implements Reaction {

    private final StaffRecipients staff;
    private final PublicationService publication;
    private final SeparationOfDuties duties;
    private final ReportPublication reports;
    private final AnnualReportService annualReports;
    private final Organs organs;
    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;

    WorkArrived(StaffRecipients staff, PublicationService publication, SeparationOfDuties duties, ReportPublication reports,
            AnnualReportService annualReports, Organs organs, JdbcClient jdbc, Outbox outbox, Clock clock) {
        this.staff = staff;
        this.publication = publication;
        this.duties = duties;
        this.reports = reports;
        this.annualReports = annualReports;
        this.organs = organs;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    private record ItemRow(String createdBy, String title, String status, int step, String returnComment) {
    }

    @Override
    public void react(Action a, Set<String> told) {
        if (a.organId() == null) {
            return;
        }
        long organ = a.organId();
        switch (a.action()) {
            case "submit", "approve", "return", "schedule-cancel" -> item(a, organ, told);
            case "annual-report-submit", "annual-report-import", "annual-report-approve", "annual-report-return" ->
                    report(a, organ, told);
            default -> {
                // nothing waits for anyone after the other writing actions
            }
        }
    }

    private void item(Action a, long organ, Set<String> told) {
        long id = Long.parseLong(a.subjectId());
        ItemRow item = jdbc.sql("SELECT created_by, title, status, review_step, return_comment FROM publication_item WHERE id = :id")
                .param("id", id).query((rs, n) -> new ItemRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5) == null ? "" : rs.getString(5))).optional().orElse(null);
        if (item == null) {
            return;
        }
        String link = outbox.site() + "/workspace/items/" + id + "\n";
        String key = "item " + id;
        if ("IN_REVIEW".equals(item.status())) {
            ReviewChain chain = publication.chainOf(organ);
            int step = item.step();
            Role role = chain.roleAt(step);
            staff.tell(staff.ofOrgan(organ), u -> u.has(role)
                    && duties.mayDecide(organ, SeparationOfDuties.ITEM, Long.toString(id), u.username(), step),
                    a.actor(), key, told, "待审核：《" + item.title() + "》",
                    "《" + item.title() + "》已到第 " + step + " 步（" + role.chinese() + "），等待您审核。\n撰稿人："
                            + item.createdBy() + "\n\n请登录工作台办理：\n" + link);
        } else if ("RETURNED".equals(item.status()) && (a.action().equals("return") || a.action().equals("schedule-cancel"))) {
            staff.tell(staff.named(item.createdBy()), u -> u.organId() == organ && u.has(Role.DRAFTER), a.actor(), key, told,
                    "稿件被退回：《" + item.title() + "》",
                    "您撰写的《" + item.title() + "》被退回修改。\n退回意见：" + item.returnComment()
                            + "\n\n请修改后重新提交审核：\n" + link);
        }
    }

    /** The organ's handlers, who compile its report and submit it (AnnualReportService#requireHandler). */
    private static boolean compiles(StaffUser u) {
        return u.has(Role.DRAFTER) || u.has(Role.ORGAN_ADMIN);
    }

    private void report(Action a, long organ, Set<String> told) {
        int year = Integer.parseInt(a.subjectId().substring(a.subjectId().lastIndexOf('-') + 1));
        var o = organs.byId(organ).orElseThrow();
        List<StaffUser> people = staff.ofOrgan(organ);
        if (people.isEmpty()) {
            return;
        }
        ReportVersion v = reports.versions(people.getFirst(), year).stream().max(Comparator.comparingInt(ReportVersion::version))
                .orElse(null);
        if (v == null) {
            return;
        }
        String name = year + " 年政府信息公开工作年度报告（第 " + v.version() + " 版）";
        String link = outbox.site() + "/workspace/annual-report?year=" + year + "\n";
        String deadline = v.imported() ? "" : "发布期限（第四十九条）：" + Mails.due(annualReports.deadline(o, year), clock) + "\n";
        String key = "annual-report " + v.id();
        switch (v.status()) {
            case IN_REVIEW -> {
                Role role = publication.chainOf(organ).roleAt(v.reviewStep());
                staff.tell(people, u -> reports.mayDecide(u, v), a.actor(), key, told, "待审核：" + name,
                        o.name() + "的" + name + "已到第 " + v.reviewStep() + " 步（" + role.chinese() + "），等待您审核。\n"
                                + deadline + "\n请登录工作台办理：\n" + link);
            }
            case RETURNED -> staff.tell(people, WorkArrived::compiles, a.actor(), key, told, "年度报告被退回：" + name,
                    o.name() + "的" + name + "被退回修改。\n退回意见：" + (a.after() == null ? "" : a.after()) + "\n" + deadline
                            + "\n请修改后重新提交审核：\n" + link);
            case PUBLISHED, IMPORTED -> staff.tell(people, WorkArrived::compiles, a.actor(), key, told, "年度报告已发布：" + name,
                    o.name() + "的" + name + "已审核通过并" + (v.status() == ReportVersion.Status.IMPORTED
                            ? "作为历史年报导入" : "于 " + Mails.date(v.publishedOn()) + " 发布") + "。\n\n" + link);
            default -> {
                // superseded: nothing for anyone
            }
        }
    }
}
