package cn.gongkai.server.request;

import cn.gongkai.server.accounts.StaffUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Finishing a letter before issue: its text edited on the case page, then approved along the review chain. */
@Controller
class LetterEditController {

    private final LetterEdits edits;

    LetterEditController(LetterEdits edits) {
        this.edits = edits;
    }

    @PostMapping("/workspace/requests/{id}/letters/{letter}/edit")
    String edit(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @PathVariable("letter") long letter,
            @RequestParam("body") String body, RedirectAttributes redirect) {
        return act(id, redirect, "告知书已修改，经本机关审核流程审核通过后发出。", () -> edits.edit(user, id, letter, body));
    }

    @PostMapping("/workspace/requests/{id}/letters/{letter}/approve")
    String approve(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @PathVariable("letter") long letter,
            RedirectAttributes redirect) {
        return act(id, redirect, "告知书审核通过。", () -> edits.approve(user, id, letter));
    }

    private static String act(long id, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("done", done);
        } catch (RequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace/requests/" + id;
    }
}
