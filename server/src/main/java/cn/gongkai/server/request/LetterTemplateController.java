package cn.gongkai.server.request;

import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organ administrator's own wording of the letters; letters already issued keep theirs. */
@Controller
@PreAuthorize("hasRole('ORGAN_ADMIN')")
class LetterTemplateController {

    static final int MAX_TEMPLATE = 10_000;

    private final Requests requests;
    private final Ledger ledger;

    private final LetterHeads heads;

    LetterTemplateController(Requests requests, Ledger ledger, LetterHeads heads) {
        this.requests = requests;
        this.ledger = ledger;
        this.heads = heads;
    }

    /** The organ's letter number pattern ({机关}, {年}, {号}) and the contact printed on every letter. */
    @PostMapping("/workspace/letter-settings")
    @Transactional
    String settings(@AuthenticationPrincipal StaffUser admin, @RequestParam("pattern") String pattern,
            @RequestParam(name = "contactPerson", defaultValue = "") String person,
            @RequestParam(name = "contactPhone", defaultValue = "") String phone, RedirectAttributes redirect) {
        try {
            LetterHeads.Setting before = heads.setting(admin.organId());
            heads.save(admin.organId(), pattern, person, phone, admin.username());
            ledger.record(new Action(admin.username(), admin.organId(), "letter-settings-change", "letter-settings",
                    Long.toString(admin.organId()), before.pattern(), pattern.strip()));
            redirect.addFlashAttribute("done", "文号格式和联系人已保存，此后生成的告知书使用新设置。");
        } catch (RequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace/letter-templates";
    }

    @GetMapping("/workspace/letter-templates")
    String page(@AuthenticationPrincipal StaffUser admin, Model model) {
        Map<LetterKind, String> texts = new LinkedHashMap<>();
        Map<LetterKind, Boolean> own = new LinkedHashMap<>();
        for (LetterKind k : LetterKind.values()) {
            var mine = requests.template(admin.organId(), k);
            texts.put(k, mine.orElse(LetterTemplates.builtIn(k)));
            own.put(k, mine.isPresent());
        }
        model.addAttribute("texts", texts);
        model.addAttribute("own", own);
        model.addAttribute("names", LetterTemplates.NAMES.stream().sorted().toList());
        model.addAttribute("setting", heads.setting(admin.organId()));
        return "request/letter-templates";
    }

    @PostMapping("/workspace/letter-templates/{kind}")
    @Transactional
    String save(@AuthenticationPrincipal StaffUser admin, @PathVariable("kind") LetterKind kind,
            @RequestParam("body") String body, @RequestParam(name = "reset", defaultValue = "false") boolean reset,
            RedirectAttributes redirect) {
        if (reset) {
            requests.deleteTemplate(admin.organId(), kind);
            ledger.record(new Action(admin.username(), admin.organId(), "letter-template-reset", "letter-template",
                    kind.name(), null, null));
            redirect.addFlashAttribute("done", "“" + kind.title() + "”已恢复为平台默认文本。");
            return "redirect:/workspace/letter-templates";
        }
        String text = body.strip().replace("\r\n", "\n");
        List<String> unknown = LetterTemplates.unknownNames(text);
        if (text.isEmpty() || text.length() > MAX_TEMPLATE) {
            redirect.addFlashAttribute("problem", "模板不能为空，也不能超过 " + MAX_TEMPLATE + " 字");
        } else if (!unknown.isEmpty()) {
            redirect.addFlashAttribute("problem", "“" + kind.title() + "”中有无法填写的占位符：" + String.join("、", unknown)
                    + "。可用的占位符见页面说明。");
        } else {
            String before = requests.template(admin.organId(), kind).orElse(null);
            requests.saveTemplate(admin.organId(), kind, text);
            ledger.record(new Action(admin.username(), admin.organId(), "letter-template-change", "letter-template",
                    kind.name(), before, text));
            redirect.addFlashAttribute("done", "“" + kind.title() + "”已保存，此后生成的告知书使用新文本。");
        }
        return "redirect:/workspace/letter-templates";
    }
}
