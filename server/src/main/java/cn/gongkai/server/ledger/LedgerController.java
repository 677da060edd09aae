package cn.gongkai.server.ledger;

import cn.gongkai.server.shared.CsvDownload;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit administrator's view of the ledger: the latest entries (of one kind of action, if chosen),
 * the chain check, a CSV export; all in Chinese and China time ({@link LedgerRows}). The hashes are shown
 * apart, as 校验值: they are the evidence that the chain check compares, not something to read.
 */
@Controller
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class LedgerController {

    static final int PAGE = 200;

    private final Ledger ledger;
    private final LedgerRows rows;

    LedgerController(Ledger ledger, LedgerRows rows) {
        this.ledger = ledger;
        this.rows = rows;
    }

    @GetMapping("/workspace/ledger")
    String view(@RequestParam(name = "action", defaultValue = "") String action, Model model) {
        Map<String, String> actions = new LinkedHashMap<>();
        ledger.actions().forEach(a -> actions.put(a, LedgerNames.action(a)));
        boolean chosen = actions.containsKey(action);
        model.addAttribute("actions", actions);
        model.addAttribute("action", chosen ? action : "");
        model.addAttribute("rows", rows.of(chosen ? ledger.latest(action, PAGE) : ledger.latest(PAGE)));
        model.addAttribute("verification", ledger.verify());
        return "ledger/index";
    }

    @GetMapping("/workspace/ledger.csv")
    ResponseEntity<String> export() {
        return CsvDownload.of("ledger.csv", csv -> {
            csv.printRecord("序号", "时间（北京时间）", "操作人", "机关", "操作", "对象", "变更内容", "其他校验值", "本条校验值",
                    "前一条校验值");
            for (LedgerRow r : rows.whole(ledger.latest(Integer.MAX_VALUE).reversed())) {
                LedgerEntry e = r.entry();
                csv.printRecord(e.id(), r.at(), e.actor(), r.organ(), r.action(), r.object(), String.join("；", r.changes()),
                        String.join("；", r.digests().stream().map(d -> d.label() + " " + d.value()).toList()), e.hash(),
                        e.prevHash());
            }
        });
    }
}
