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
        service.notFuture(filedOn);
        if (body.isBlank() || body.strip().length() > 100) {
            throw new RequestException("请填写复议机关或受理法院（不超过 100 字）");
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
        service.notFuture(on);
        requests.decideReview(reviewId, result, on);
        ledger.record(new Action(staff.username(), c.organId(), "review-case-decide", "review-case", Long.toString(reviewId),
                null, result.chinese() + " " + on));
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
