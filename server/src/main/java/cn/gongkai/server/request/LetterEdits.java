package cn.gongkai.server.request;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.publication.ReviewChain;
import cn.gongkai.server.publication.ReviewChains;
import cn.gongkai.server.publication.SeparationOfDuties;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Any letter finished by staff before it goes out (补正、延期、征求意见、收费、说明理由 … and the reply): the
 * generated text, placeholders filled, opens as editable text; an edited letter is withheld from the
 * applicant and goes through the organ's review chain from its first step, each step decided by another
 * person than the editor (职责分离). The reply keeps its own path: its edit sends the whole decision back
 * into review ({@link RequestDecisions#editReply}).
 */
@Service
public class LetterEdits {

    /** The subject kind of an edited letter in the separation-of-duties records. */
    static final String SUBJECT = "request-letter";
    static final int MAX_TEXT = 10_000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]{1,20})}");

    private final RequestService service;
    private final Requests requests;
    private final RequestDecisions decisions;
    private final ReviewChains chains;
    private final SeparationOfDuties duties;
    private final Ledger ledger;

    LetterEdits(RequestService service, Requests requests, RequestDecisions decisions, ReviewChains chains,
            SeparationOfDuties duties, Ledger ledger) {
        this.service = service;
        this.requests = requests;
        this.decisions = decisions;
        this.chains = chains;
        this.duties = duties;
        this.ledger = ledger;
    }

    /** Saves the edited text; it waits at review step 1 until every step of the organ's chain approved it. */
    @Transactional
    public void edit(StaffUser staff, long requestId, long letterId, String body) {
        DisclosureRequest r = service.actable(staff, requestId);
        RequestService.requireHandler(staff);
        Letter letter = letterOf(r, letterId);
        if (letter.kind() == LetterKind.REPLY) {
            decisions.editReply(staff, requestId, body);
            return;
        }
        if (r.status() == RequestStatus.CLOSED) {
            throw new RequestException("申请已办结，告知书不能再修改");
        }
        String text = ReplyWording.tidy(body.replace("\r\n", "\n"));
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new RequestException(letter.title() + "正文不能为空，也不能超过 " + MAX_TEXT + " 字");
        }
        List<String> problems = problems(text);
        if (!problems.isEmpty()) {
            throw new RequestException(letter.title() + "还不能发出：" + String.join("；", problems));
        }
        requests.editLetter(letterId, text, staff.username());
        requests.letterReviewStep(letterId, 1);
        duties.newVersion(SUBJECT, Long.toString(letterId));
        duties.drafted(SUBJECT, Long.toString(letterId), staff.username());
        // The ledger names the letter and the size of the change, not the text: it carries the applicant's name.
        ledger.record(new Action(staff.username(), r.organId(), "request-letter-edit", "request", r.requestNumber(),
                letter.title() + " " + letter.number() + "（原 " + letter.body().length() + " 字）", "修改后 " + text.length() + " 字"));
    }

    /** One review step approves the edited letter; after the last it is issued. */
    @Transactional
    public void approve(StaffUser reviewer, long requestId, long letterId) {
        DisclosureRequest r = service.actable(reviewer, requestId);
        Letter letter = letterOf(r, letterId);
        if (letter.issued()) {
            throw new RequestException("这份" + letter.title() + "不在审核中");
        }
        ReviewChain chain = chains.forOrgan(r.organId());
        int step = letter.reviewStep();
        Role needed = chain.roleAt(step);
        if (!reviewer.has(needed)) {
            throw new RequestException(letter.title() + "正在第 " + step + " 步（" + needed.chinese() + "）审核，您不是该步的审核人");
        }
        String refusal = duties.refusal(r.organId(), SUBJECT, Long.toString(letterId), reviewer.username(), step);
        if (refusal != null) {
            throw new RequestException(refusal);
        }
        duties.recordApproval(r.organId(), SUBJECT, Long.toString(letterId), reviewer.username(), step);
        boolean last = step >= chain.size();
        requests.letterReviewStep(letterId, last ? null : step + 1);
        ledger.record(new Action(reviewer.username(), r.organId(), "request-letter-approve", "request", r.requestNumber(),
                letter.title() + " 第 " + step + " 步", last ? "已发出" : "转第 " + (step + 1) + " 步"));
    }

    /** Whether the user may decide the edited letter's current step, for showing the button. */
    public boolean mayApprove(StaffUser user, DisclosureRequest r, Letter letter) {
        return !letter.issued() && user.organId() == r.organId()
                && user.has(chains.forOrgan(r.organId()).roleAt(letter.reviewStep()))
                && duties.mayDecide(r.organId(), SUBJECT, Long.toString(letter.id()), user.username(), letter.reviewStep());
    }

    /**
     * What keeps a text from going to an applicant: an alternative left open “（或……）”, a placeholder not
     * filled, 《条例》 before the Regulation is named in full.
     */
    static List<String> problems(String text) {
        List<String> p = new ArrayList<>();
        int alt = text.indexOf("（或");
        if (alt >= 0) {
            p.add("第 " + line(text, alt) + " 行有未选定的“（或……）”，请只保留适用的一种说法");
        }
        Matcher m = PLACEHOLDER.matcher(text);
        if (m.find()) {
            p.add("第 " + line(text, m.start()) + " 行的占位符“" + m.group() + "”没有填写");
        }
        int abbreviation = text.indexOf("《条例》");
        int full = text.indexOf(ReplyWording.REGULATION);
        if (abbreviation >= 0 && (full < 0 || full > abbreviation)) {
            p.add("第 " + line(text, abbreviation) + " 行的《条例》之前没有写明全称" + ReplyWording.REGULATION
                    + "（首次出现写全称，后加“（以下简称《条例》）”）");
        }
        return p;
    }

    private static int line(String text, int at) {
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private Letter letterOf(DisclosureRequest r, long letterId) {
        return requests.letters(r.id()).stream().filter(l -> l.id() == letterId).findFirst()
                .orElseThrow(() -> new RequestException("这份申请没有这份告知书"));
    }
}
