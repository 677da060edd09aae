package cn.gongkai.server.ledger;

import cn.gongkai.server.shared.CsvDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The audit administrator's view of the ledger: the latest entries, the chain check, a CSV export;
 * all in Chinese and China time ({@link LedgerRows}). The CSV keeps the stored states and the hashes
 * as evidence beside the readable changes.
 */
@Controller
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class LedgerController {

    private final Ledger ledger;
    private final LedgerRows rows;

    LedgerController(Ledger ledger, LedgerRows rows) {
        this.ledger = ledger;
        this.rows = rows;
    }

    @GetMapping("/workspace/ledger")
    String view(Model model) {
        model.addAttribute("rows", rows.of(ledger.latest(200)));
        model.addAttribute("verification", ledger.verify());
        return "ledger/index";
    }

    @GetMapping("/workspace/ledger.csv")
    ResponseEntity<String> export() {
        return CsvDownload.of("ledger.csv", csv -> {
            csv.printRecord("序号", "时间（北京时间）", "操作人", "机关编号", "操作", "对象", "变更内容", "变更前（原始记录）",
                    "变更后（原始记录）", "前一条哈希", "哈希");
            for (LedgerRow r : rows.of(ledger.latest(Integer.MAX_VALUE).reversed())) {
                LedgerEntry e = r.entry();
                csv.printRecord(e.id(), r.at(), e.actor(), e.organId(), r.action(), r.object(), String.join("；", r.changes()),
                        e.before(), e.after(), e.prevHash(), e.hash());
            }
        });
    }
}
