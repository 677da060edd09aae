package cn.gongkai.server.request;

import cn.gongkai.report.model.ReviewGroup;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 行政复议 and 行政诉讼 about requests (table 四): recorded by the organ's staff on the request's page,
 * decided later; the rule of how a year counts them is {@link ReviewTableCompiler}'s.
 */
@Service
public class ReviewCaseService {

    private final Requests requests;
    private final RequestService service;
    private final Ledger ledger;

    ReviewCaseService(Requests requests, RequestService service, Ledger ledger) {
        this.requests = requests;
        this.service = service;
        this.ledger = ledger;
    }

    @Transactional
    public ReviewCase addReview(StaffUser staff, long requestId, ReviewGroup group, LocalDate filedOn, String body) {
        DisclosureRequest r = service.actable(staff, requestId);
        notFuture(filedOn);
        if (body.isBlank() || body.strip().length() > 100) {
            throw new RequestException("请填写复议机关或受理法院（不超过 100 字）");
        }
        if (filedOn.isBefore(r.receivedOn())) {
            throw new RequestException("申请复议或起诉的日期（" + filedOn + "）早于收到申请之日（" + r.receivedOn() + "），请核对");
        }
        // Before the reply was delivered, a 复议 or 诉讼 can only be about no reply in time (不履行答复职责),
        // so it cannot be filed while the reply period is still running.
        if (r.closedOn() == null || filedOn.isBefore(r.closedOn())) {
            ClockState c = service.view(r).clock();
            if (c.deadline() != null && !filedOn.isAfter(c.deadline().date())) {
                throw new RequestException("申请复议或起诉的日期（" + filedOn + "）在答复送达之前，且答复期限（" + c.deadline().date()
                        + "）尚未届满，请核对日期");
            }
        }
        ReviewCase c = requests.addReview(new ReviewCase(0, r.organId(), r.id(), group, filedOn, body.strip(), null, null));
        ledger.record(new Action(staff.username(), r.organId(), "review-case-add", "request", r.requestNumber(), null,
                group.label() + " " + filedOn));
        return c;
    }

    @Transactional
    public void decideReview(StaffUser staff, long reviewId, ReviewCase.Result result, LocalDate on) {
        ReviewCase c = requests.review(reviewId).orElseThrow(() -> new RequestException("没有这条复议或诉讼记录"));
        if (c.organId() != staff.organId()) {
            throw new RequestException("没有这条复议或诉讼记录");
        }
        if (c.result() != null) {
            throw new RequestException("这条记录已有结果");
        }
        if (on.isBefore(c.filedOn())) {
            throw new RequestException("审结日期不能早于申请复议或起诉的日期");
        }
        notFuture(on);
        requests.decideReview(reviewId, result, on);
        ledger.record(new Action(staff.username(), c.organId(), "review-case-decide", "review-case", Long.toString(reviewId),
                null, result.chinese() + " " + on));
    }

    /**
     * A 复议 or 诉讼 without a request on the platform: about proactive disclosure, or a case from before the
     * platform. Counted in table 四 like the others.
     */
    @Transactional
    public ReviewCase addStandalone(StaffUser staff, ReviewGroup group, LocalDate filedOn, String body, String subject) {
        RequestService.requireHandler(staff);
        notFuture(filedOn);
        if (body.isBlank() || body.strip().length() > 100) {
            throw new RequestException("请填写复议机关或受理法院（不超过 100 字）");
        }
        if (subject.isBlank() || subject.strip().length() > 200) {
            throw new RequestException("请写明复议或诉讼涉及的事项（如主动公开的某项信息、平台启用前的某件申请），不超过 200 字");
        }
        ReviewCase c = requests.addReview(new ReviewCase(0, staff.organId(), null, group, filedOn, body.strip(), null, null));
        requests.reviewSubject(c.id(), subject.strip());
        ledger.record(new Action(staff.username(), staff.organId(), "review-case-add", "review-case", Long.toString(c.id()), null,
                group.label() + " " + filedOn + " 涉及：" + subject.strip()));
        return c;
    }

    private void notFuture(LocalDate on) {
        if (on.isAfter(service.today())) {
            throw new RequestException("日期 " + on + " 晚于今天，请填写实际发生的日期");
        }
    }

    /** The organ's review cases, for someone who may see the organ. */
    public List<ReviewCase> reviews(StaffUser user, long organId) {
        service.casesOf(user, organId); // authorizes
        return requests.reviews(organId);
    }

    /** All the organ's review cases, for its annual report. */
    public List<ReviewCase> reviewCases(long organId) {
        return requests.reviews(organId);
    }
}
