package cn.gongkai.server.publication;

import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
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

/**
 * The county's word lists for the pre-review text check, kept by the county supervisor (县政务公开办):
 * one list for every organ, so that a word found wrong once is caught everywhere.
 */
@Controller
@PreAuthorize("hasRole('COUNTY_SUPERVISOR')")
class WordListController {

    static final int MAX_WORD = 100;

    private final WordLists lists;
    private final Ledger ledger;

    WordListController(WordLists lists, Ledger ledger) {
        this.lists = lists;
        this.ledger = ledger;
    }

    @GetMapping("/workspace/word-lists")
    String page(Model model) {
        model.addAttribute("entries", lists.all());
        return "publication/word-lists";
    }

    @PostMapping("/workspace/word-lists")
    @Transactional
    String add(@AuthenticationPrincipal StaffUser user, @RequestParam("kind") String kind, @RequestParam("word") String word,
            @RequestParam(name = "suggestion", defaultValue = "") String suggestion, RedirectAttributes redirect) {
        String w = word.strip();
        String s = suggestion.strip();
        String problem = null;
        if (!kind.equals("SENSITIVE") && !kind.equals("MISTAKE")) {
            problem = "请选择词表：敏感词或易错字词";
        } else if (w.isEmpty() || w.length() > MAX_WORD) {
            problem = "词语应为 1 到 " + MAX_WORD + " 个字";
        } else if (kind.equals("MISTAKE") && (s.isEmpty() || s.equals(w) || s.length() > MAX_WORD)) {
            problem = "易错字词须填写与原词不同的正确写法";
        } else if (lists.contains(kind, w)) {
            problem = "“" + w + "”已在词表中";
        }
        if (problem != null) {
            redirect.addFlashAttribute("problem", problem);
            return "redirect:/workspace/word-lists";
        }
        WordLists.Entry e = lists.add(kind, w, kind.equals("MISTAKE") ? s : null);
        ledger.record(new Action(user.username(), null, "word-list-add", "word-list", Long.toString(e.id()), null,
                e.kind() + " " + e.word() + (e.suggestion() == null ? "" : " → " + e.suggestion())));
        redirect.addFlashAttribute("done", "已加入“" + w + "”，此后提交审核的信息都会检查。");
        return "redirect:/workspace/word-lists";
    }

    @PostMapping("/workspace/word-lists/{id}/delete")
    @Transactional
    String delete(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, RedirectAttributes redirect) {
        lists.byId(id).ifPresentOrElse(e -> {
            lists.delete(id);
            ledger.record(new Action(user.username(), null, "word-list-delete", "word-list", Long.toString(id),
                    e.kind() + " " + e.word(), null));
            redirect.addFlashAttribute("done", "已删除“" + e.word() + "”。");
        }, () -> redirect.addFlashAttribute("problem", "这个词已不在词表中，可能已被删除"));
        return "redirect:/workspace/word-lists";
    }
}
