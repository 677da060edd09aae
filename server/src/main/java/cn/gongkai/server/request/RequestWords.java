package cn.gongkai.server.request;

import cn.gongkai.server.ledger.LedgerVocabulary;
import cn.gongkai.server.ledger.SubjectTitles;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What this module stores in the ledger, in Chinese for the audit pages: a request's status and outcome
 * (as table 三 names it), the letters, the kinds of identity proof; and its objects: a request by its
 * number, linked to its page, a letter template by the letter's title.
 */
@Component
class RequestWords implements LedgerVocabulary, SubjectTitles {

    private final Requests requests;

    RequestWords(Requests requests) {
        this.requests = requests;
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> m = new HashMap<>(LedgerVocabulary.of(RequestStatus.class, RequestStatus::chinese));
        m.putAll(LedgerVocabulary.of(Outcome.class, Outcome::label));
        m.putAll(LedgerVocabulary.of(LetterKind.class, LetterKind::title));
        // The types IdentityProofs tells from a proof's first bytes.
        m.put("image/jpeg", "照片（图片）");
        m.put("image/png", "图片");
        m.put("application/pdf", "PDF 文件");
        return m;
    }

    @Override
    public Optional<Named> name(String subjectType, String subjectId) {
        if ("letter-template".equals(subjectType)) {
            for (LetterKind k : LetterKind.values()) {
                if (k.name().equals(subjectId)) {
                    return Optional.of(new Named(k.title(), "/workspace/letter-templates"));
                }
            }
            return Optional.empty();
        }
        if (!"request".equals(subjectType)) {
            return Optional.empty();
        }
        return requests.byNumber(subjectId).map(r -> new Named(r.requestNumber(), "/workspace/requests/" + r.id(), false));
    }
}
