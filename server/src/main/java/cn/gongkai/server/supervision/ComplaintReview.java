package cn.gongkai.server.supervision;

import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervising body's part in a complaint (Art. 51): it answers itself, or gives the complaint to the
 * organ complained about and reviews that organ's draft before it is sent or published, so the organ
 * cannot answer for itself unreviewed.
 */
@Service
public class ComplaintReview {

    private final Feedbacks feedbacks;
    private final Ledger ledger;
    private final Clock clock;

    ComplaintReview(Feedbacks feedbacks, Ledger ledger, Clock clock) {
        this.feedbacks = feedbacks;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public void assignToOrgan(StaffUser user, long id) {
        Feedback f = supervised(user, id);
        if (f.assignedToOrgan()) {
            throw new IllegalArgumentException("已经交由被投诉机关答复");
        }
        feedbacks.assignToOrgan(id);
        ledger.record(new Action(user.username(), f.organId(), "complaint-assign-organ", "feedback", f.number(), null,
                "交由被投诉机关答复"));
    }

    /** The supervising body's own answer. */
    @Transactional
    public void reply(StaffUser user, long id, String reply, boolean publish) {
        Feedback f = supervised(user, id);
        if (reply.isBlank()) {
            throw new IllegalArgumentException("请写明答复内容");
        }
        if (publish && !f.mayPublish()) {
            throw new IllegalArgumentException("来信人没有同意公开，不能公开");
        }
        feedbacks.reply(id, reply.strip(), LocalDate.now(clock), user.username(), publish);
        feedbacks.draft(id, null, null, false);
        ledger.record(new Action(user.username(), f.organId(), "complaint-reply", "feedback", f.number(), null,
                publish ? "监督机关答复并公开" : "监督机关答复"));
    }

    /** The organ's draft approved: sent, and published if the writer agreed and the organ asked for it. */
    @Transactional
    public void approve(StaffUser user, long id) {
        Feedback f = supervised(user, id);
        if (f.draftReply() == null) {
            throw new IllegalArgumentException("没有待审核的答复草稿");
        }
        feedbacks.reply(id, f.draftReply(), LocalDate.now(clock), f.draftBy(), f.draftPublish() && f.mayPublish());
        feedbacks.draft(id, null, null, false);
        ledger.record(new Action(user.username(), f.organId(), "complaint-reply-approve", "feedback", f.number(), f.draftBy(),
                f.draftPublish() ? "审核通过，答复并公开" : "审核通过，答复"));
    }

    @Transactional
    public void returnDraft(StaffUser user, long id, String comment) {
        Feedback f = supervised(user, id);
        if (f.draftReply() == null) {
            throw new IllegalArgumentException("没有待审核的答复草稿");
        }
        if (comment.isBlank()) {
            throw new IllegalArgumentException("退回时请写明修改意见");
        }
        feedbacks.draft(id, null, null, false);
        ledger.record(new Action(user.username(), f.organId(), "complaint-reply-return", "feedback", f.number(), f.draftReply(),
                comment.strip()));
    }

    private Feedback supervised(StaffUser user, long id) {
        Feedback f = feedbacks.byId(id).orElseThrow(() -> new IllegalArgumentException("没有这条投诉"));
        if (!Supervisors.actsFor(user, f)) {
            throw new IllegalArgumentException("只有监督机关可以办理这条投诉");
        }
        if (f.answered()) {
            throw new IllegalArgumentException("已经答复过");
        }
        return f;
    }
}
