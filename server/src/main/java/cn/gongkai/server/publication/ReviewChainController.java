package cn.gongkai.server.publication;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organ administrator sets the organ's review chain: 1 to 5 steps, each a reviewer role. */
@Controller
@PreAuthorize("hasRole('ORGAN_ADMIN')")
class ReviewChainController {

    static final List<Role> STEP_ROLES = List.of(Role.FIRST_REVIEWER, Role.SECOND_REVIEWER, Role.FINAL_REVIEWER);

    private final ReviewChains chains;
    private final Ledger ledger;
    private final SeparationOfDuties duties;

    ReviewChainController(ReviewChains chains, Ledger ledger, SeparationOfDuties duties) {
        this.duties = duties;
        this.chains = chains;
        this.ledger = ledger;
    }

    @GetMapping("/workspace/review-chain")
    String form(@AuthenticationPrincipal StaffUser admin, Model model) {
        model.addAttribute("chain", chains.forOrgan(admin.organId()));
        model.addAttribute("stepRoles", STEP_ROLES);
        model.addAttribute("maxSteps", ReviewChain.MAX_STEPS);
        model.addAttribute("singleReviewer", duties.singleReviewerAllowed(admin.organId()));
        return "publication/review-chain";
    }

    /** Tiny organs only: one reviewer may approve every step; each such approval is ledgered as one. */
    @PostMapping("/workspace/review-chain/single-reviewer")
    @Transactional
    String singleReviewer(@AuthenticationPrincipal StaffUser admin,
            @RequestParam(name = "allowed", defaultValue = "false") boolean allowed, RedirectAttributes redirect) {
        boolean before = duties.singleReviewerAllowed(admin.organId());
        duties.allowSingleReviewer(admin.organId(), allowed);
        ledger.record(new Action(admin.username(), admin.organId(), "single-reviewer-setting", "organ",
                Long.toString(admin.organId()), Boolean.toString(before), Boolean.toString(allowed)));
        redirect.addFlashAttribute("done", allowed ? "已允许同一审核人审核全部步骤；每次这样的审核都记入台账。"
                : "已恢复：同一人只能审核一个版本的一步。");
        return "redirect:/workspace/review-chain";
    }

    @PostMapping("/workspace/review-chain")
    @Transactional
    String save(@AuthenticationPrincipal StaffUser admin, @RequestParam(name = "step", required = false) List<String> steps,
            RedirectAttributes redirect) {
        List<Role> roles = new ArrayList<>();
        for (String s : steps == null ? List.<String>of() : steps) {
            if (!s.isBlank()) {
                Role role = Role.valueOf(s);
                if (!STEP_ROLES.contains(role)) {
                    throw new IllegalArgumentException(s);
                }
                roles.add(role);
            }
        }
        if (roles.isEmpty() || roles.size() > ReviewChain.MAX_STEPS) {
            redirect.addFlashAttribute("problem", "审核流程应有 1 到 " + ReviewChain.MAX_STEPS + " 步");
            return "redirect:/workspace/review-chain";
        }
        ReviewChain before = chains.forOrgan(admin.organId());
        ReviewChain after = new ReviewChain(roles);
        chains.set(admin.organId(), after);
        ledger.record(new Action(admin.username(), admin.organId(), "review-chain-change", "organ",
                Long.toString(admin.organId()), before.steps().toString(), after.steps().toString()));
        redirect.addFlashAttribute("done", "审核流程已保存，之后提交的信息按新流程审核。");
        return "redirect:/workspace/review-chain";
    }
}
