package cn.gongkai.server.ledger;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
    ResponseEntity<String> export() throws IOException {
        StringWriter out = new StringWriter();
        out.write('\uFEFF'); // lets Excel and WPS open the UTF-8 CSV with the Chinese intact
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("id", "at", "actor", "organ_id",
                "action", "subject_type", "subject_id", "before", "after", "prev_hash", "hash").get())) {
            for (LedgerEntry e : ledger.latest(Integer.MAX_VALUE).reversed()) {
                csv.printRecord(e.id(), e.at(), e.actor(), e.organId(), e.action(), e.subjectType(), e.subjectId(),
                        e.before(), e.after(), e.prevHash(), e.hash());
            }
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("ledger.csv").build().toString())
                .body(out.toString());
    }
}
