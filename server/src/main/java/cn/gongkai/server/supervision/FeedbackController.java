package cn.gongkai.server.supervision;

import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.request.SubmissionGuard;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 投诉建议: the public form and answers, and the organ's list to assign and answer. */
@Controller
class FeedbackController {

    private static final String CHALLENGE = "gongkai.feedback.challenge";

    private final FeedbackService service;
    private final Organs organs;
    private final SubmissionGuard guard;
    private final Clock clock;

    FeedbackController(FeedbackService service, Organs organs, SubmissionGuard guard, Clock clock) {
        this.service = service;
        this.organs = organs;
        this.guard = guard;
        this.clock = clock;
    }

    @GetMapping("/feedback/{organ}")
    String form(@PathVariable("organ") String code, HttpSession session, Model model) {
        Organ organ = organ(code);
        model.addAttribute("organ", organ);
        model.addAttribute("question", guard.ask(session, CHALLENGE));
        model.addAttribute("kinds", Feedback.Kind.values());
        model.addAttribute("answers", service.published(organ.id()));
        return "supervision/feedback-form";
    }

    @PostMapping("/feedback/{organ}")
    String submit(@PathVariable("organ") String code, @RequestParam("kind") Feedback.Kind kind,
            @RequestParam("content") String content, @RequestParam(name = "contact", defaultValue = "") String contact,
            @RequestParam(name = "mayPublish", defaultValue = "false") boolean mayPublish,
            @RequestParam(name = "answer", defaultValue = "") String answer, HttpSession session, HttpServletRequest http,
            Model model) {
        Organ organ = organ(code);
        String problem = guard.refusal(session, CHALLENGE, answer, http, "feedback", organ.id());
        if (problem == null) {
            try {
                FeedbackService.Submitted s = service.submit(organ, kind, content, contact, mayPublish);
                model.addAttribute("organ", organ);
                model.addAttribute("feedback", s.feedback());
                model.addAttribute("code", s.code());
                return "supervision/feedback-submitted";
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        form(code, session, model);
        model.addAttribute("problem", problem);
        model.addAttribute("typedContent", content);
        return "supervision/feedback-form";
    }

    @GetMapping("/feedback/status")
    String statusForm() {
        return "supervision/feedback-status";
    }

    @PostMapping("/feedback/status")
    String status(@RequestParam("number") String number, @RequestParam("code") String code, Model model) {
        service.lookup(number, code).ifPresentOrElse(f -> model.addAttribute("feedback", f),
                () -> model.addAttribute("problem", "编号或查询码不正确，请核对"));
        return "supervision/feedback-status";
    }

    @GetMapping("/workspace/feedback")
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("items", service.of(user, user.organId()));
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/feedback-list";
    }

    @PostMapping("/workspace/feedback/{id}/assign")
    String assign(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @RequestParam("assignee") String assignee,
            RedirectAttributes redirect) {
        return act(redirect, "已分派给 " + assignee.strip() + "。", () -> service.assign(user, id, assignee));
    }

    @PostMapping("/workspace/feedback/{id}/reply")
    String reply(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @RequestParam("reply") String reply,
            @RequestParam(name = "publish", defaultValue = "false") boolean publish, RedirectAttributes redirect) {
        return act(redirect, publish ? "已答复并公开。" : "已答复。", () -> service.reply(user, id, reply, publish));
    }

    private static String act(RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("done", done);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace/feedback";
    }

    private Organ organ(String code) {
        return organs.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
