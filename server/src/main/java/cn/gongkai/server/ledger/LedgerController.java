package cn.gongkai.server.ledger;

import cn.gongkai.server.shared.CsvDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit administrator's view of the ledger: the latest entries, the chain check, a CSV export. */
@Controller
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class LedgerController {

    private final Ledger ledger;

    LedgerController(Ledger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/workspace/ledger")
    String view(Model model) {
        model.addAttribute("entries", ledger.latest(200));
        model.addAttribute("verification", ledger.verify());
        return "ledger/index";
    }

    @GetMapping("/workspace/ledger.csv")
    ResponseEntity<String> export() {
        return CsvDownload.of("ledger.csv", csv -> {
            csv.printRecord("id", "at", "actor", "organ_id", "action", "subject_type", "subject_id", "before", "after",
                    "prev_hash", "hash");
            for (LedgerEntry e : ledger.latest(Integer.MAX_VALUE).reversed()) {
                csv.printRecord(e.id(), e.at(), e.actor(), e.organId(), e.action(), e.subjectType(), e.subjectId(),
                        e.before(), e.after(), e.prevHash(), e.hash());
            }
        });
    }
}
