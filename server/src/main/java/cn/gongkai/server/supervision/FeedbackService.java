package cn.gongkai.server.supervision;

import cn.gongkai.calendar.DayCounting;
import cn.gongkai.server.accounts.OrganAccess;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.holidays.HolidayCalendar;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.request.PersonalDataCipher;
import cn.gongkai.server.shared.AccessCodes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints and suggestions: received from anyone, answered by the organ within
 * {@code gongkai.supervision.reply-days} working days (a local rule, so a setting; default 10), published
 * with the answer when the writer agreed and the organ decides so. The county supervisor sees all.
 */
@Service
public class FeedbackService {

    /** What the writer keeps: the number and the code (shown once). */
    public record Submitted(Feedback feedback, String code) {
    }

    static final int MAX_CONTENT = 3000;

    private final Feedbacks feedbacks;
    private final Organs organs;
    private final HolidayCalendar holidays;
    private final PersonalDataCipher cipher;
    private final Ledger ledger;
    private final Clock clock;
    private final int replyDays;
    private final Supervisors supervisors;

    FeedbackService(Feedbacks feedbacks, Organs organs, HolidayCalendar holidays, PersonalDataCipher cipher, Ledger ledger,
            Clock clock, Supervisors supervisors, @Value("${gongkai.supervision.reply-days:10}") int replyDays) {
        this.supervisors = supervisors;
        this.feedbacks = feedbacks;
        this.organs = organs;
        this.holidays = holidays;
        this.cipher = cipher;
        this.ledger = ledger;
        this.clock = clock;
        this.replyDays = replyDays;
    }

    @Transactional
    public Submitted submit(Organ organ, Feedback.Kind kind, String content, @Nullable String contact, boolean mayPublish) {
        String text = content.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("请写明您的" + kind.chinese() + "内容");
        }
        if (text.length() > MAX_CONTENT) {
            throw new IllegalArgumentException("内容不能超过 " + MAX_CONTENT + " 字");
        }
        if (contact != null && contact.strip().length() > 200) {
            throw new IllegalArgumentException("联系方式不能超过 200 字");
        }
        LocalDate today = LocalDate.now(clock);
        long id = feedbacks.nextId();
        String number = organ.code() + "-J" + today.getYear() + "-" + String.format("%04d",
                feedbacks.nextNumber(organ.id(), today.getYear()));
        String code = AccessCodes.newCode();
        LocalDate due = holidays.current().addWorkingDays(today, replyDays, DayCounting.START_DAY_EXCLUDED).date();
        // Art. 51: a complaint lands with the supervising body, not with the organ complained about.
        Long supervisor = kind == Feedback.Kind.COMPLAINT ? supervisors.of(organ) : null;
        Feedback f = new Feedback(id, organ.id(), number, AccessCodes.hash(code), kind, text,
                contact == null || contact.isBlank() ? null : cipher.encrypt(contact.strip()), mayPublish, today, due, null,
                null, null, null, false, supervisor, false, null, null, false);
        feedbacks.insert(f);
        ledger.record(new Action("公众", organ.id(), "feedback-receive", "feedback", number, null, kind.chinese()
                + (supervisor == null ? "" : " 由" + organs.byId(supervisor).map(Organ::name).orElse("监督机关") + "办理")));
        return new Submitted(f, code);
    }

    public Optional<Feedback> lookup(String number, String code) {
        return feedbacks.byNumber(number.strip()).filter(f -> AccessCodes.matches(f.codeHash(), code));
    }

    /** By number without the code, for the platform's own use (notifications), never for a page. */
    public Optional<Feedback> byNumber(String number) {
        return feedbacks.byNumber(number);
    }

    /**
     * What a user's list shows: the county supervisor sees all; a supervising body also the complaints it
     * handles; an organ's staff their organ's suggestions and the complaints about it.
     */
    public List<Feedback> of(StaffUser user, long organId) {
        if (user.has(Role.COUNTY_SUPERVISOR)) {
            return feedbacks.all();
        }
        Organ organ = organs.byId(organId).orElseThrow();
        if (!OrganAccess.canView(user, organ)) {
            throw new IllegalArgumentException("没有这个机关");
        }
        List<Feedback> own = new java.util.ArrayList<>(feedbacks.forOrgan(organId));
        if (user.has(Role.ORGAN_ADMIN)) {
            feedbacks.supervisedBy(organId).stream().filter(f -> f.organId() != organId).forEach(own::add);
        }
        return own;
    }

    /** Complaints and suggestions whose answer fell due in a period, and how many were answered by then. */
    public record Timeliness(int due, int onTime) {
    }

    /** What section 一 (监督保障) reports of a year: received, and answered so far. */
    public record YearCounts(int received, int answered) {
    }

    public Timeliness timeliness(long organId, LocalDate from, LocalDate to) {
        int due = 0;
        int onTime = 0;
        for (Feedback f : feedbacks.forOrgan(organId)) {
            if (!f.dueOn().isBefore(from) && !f.dueOn().isAfter(to)) {
                due++;
                onTime += f.repliedOn() != null && !f.repliedOn().isAfter(f.dueOn()) ? 1 : 0;
            }
        }
        return new Timeliness(due, onTime);
    }

    public YearCounts year(long organId, int year) {
        List<Feedback> received = feedbacks.forOrgan(organId).stream().filter(f -> f.receivedOn().getYear() == year).toList();
        return new YearCounts(received.size(), (int) received.stream().filter(Feedback::answered).count());
    }

    public List<Feedback> published(long organId) {
        return feedbacks.publishedFor(organId);
    }

    @Transactional
    public void assign(StaffUser admin, long id, String assignee) {
        Feedback f = own(admin, id);
        if (f.supervised() && !f.assignedToOrgan()) {
            throw new IllegalArgumentException("投诉由监督机关办理，交由本机关答复后才能分派");
        }
        if (!admin.has(Role.ORGAN_ADMIN)) {
            throw new IllegalArgumentException("只有本机关管理员可以分派");
        }
        if (assignee.isBlank()) {
            throw new IllegalArgumentException("请填写承办人账号");
        }
        feedbacks.assign(id, assignee.strip());
        ledger.record(new Action(admin.username(), f.organId(), "feedback-assign", "feedback", f.number(), f.assignee(),
                assignee.strip()));
    }

    /** The answer; published only when the writer agreed. Once answered, it stays answered. */
    @Transactional
    public void reply(StaffUser user, long id, String reply, boolean publish) {
        Feedback f = own(user, id);
        if (!user.has(Role.ORGAN_ADMIN) && !user.username().equals(f.assignee())) {
            throw new IllegalArgumentException("只有承办人或本机关管理员可以答复");
        }
        if (f.answered()) {
            throw new IllegalArgumentException("已经答复过");
        }
        if (reply.isBlank()) {
            throw new IllegalArgumentException("请写明答复内容");
        }
        if (publish && !f.mayPublish()) {
            throw new IllegalArgumentException("来信人没有同意公开，不能公开");
        }
        if (f.supervised()) {
            // The organ complained about drafts; the supervising body reviews before it is sent or published.
            if (!f.assignedToOrgan()) {
                throw new IllegalArgumentException("投诉由监督机关办理，尚未交由本机关答复");
            }
            if (f.draftReply() != null) {
                throw new IllegalArgumentException("答复草稿正在监督机关审核");
            }
            feedbacks.draft(id, reply.strip(), user.username(), publish);
            ledger.record(new Action(user.username(), f.organId(), "feedback-reply-draft", "feedback", f.number(), null,
                    publish ? "答复草稿（申请公开）" : "答复草稿"));
            return;
        }
        feedbacks.reply(id, reply.strip(), LocalDate.now(clock), user.username(), publish);
        ledger.record(new Action(user.username(), f.organId(), "feedback-reply", "feedback", f.number(), null,
                publish ? "答复并公开" : "答复"));
    }

    /** Whether a feedback is a complaint handled by a supervising body (its organ's reply is then a draft). */
    public boolean isSupervised(long id) {
        return feedbacks.byId(id).map(Feedback::supervised).orElse(false);
    }

    private Feedback own(StaffUser user, long id) {
        Feedback f = feedbacks.byId(id).orElseThrow(() -> new IllegalArgumentException("没有这条投诉建议"));
        if (f.organId() != user.organId() || user.has(Role.COUNTY_SUPERVISOR)) {
            throw new IllegalArgumentException("只有本机关工作人员可以办理");
        }
        return f;
    }
}
