package cn.gongkai.server.supervision;

import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.request.SubmissionGuard;
import jakarta.servlet.http.HttpServletRequest;
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


    private final FeedbackService service;
    private final Organs organs;
    private final SubmissionGuard guard;
    private final Clock clock;

    private final ComplaintReview complaints;

    /** One entry of the list with what this user may do with it: only forms that will be accepted are shown. */
    public record Row(Feedback f, String organName, boolean supervise, boolean canAssign, boolean canReply) {
    }

    FeedbackController(FeedbackService service, Organs organs, SubmissionGuard guard, Clock clock,
            ComplaintReview complaints) {
        this.complaints = complaints;
        this.service = service;
        this.organs = organs;
        this.guard = guard;
        this.clock = clock;
    }

    @GetMapping("/feedback/{organ}")
    String form(@PathVariable("organ") String code,
            @RequestParam(name = "challenge", defaultValue = "") String challenge, Model model) {
        Organ organ = organ(code);
        model.addAttribute("organ", organ);
        model.addAttribute("challenge", guard.ask("feedback", "text".equals(challenge)));
        model.addAttribute("kinds", Feedback.Kind.values());
        model.addAttribute("answers", service.published(organ.id()));
        return "supervision/feedback-form";
    }

    @PostMapping("/feedback/{organ}")
    String submit(@PathVariable("organ") String code, @RequestParam("kind") Feedback.Kind kind,
            @RequestParam("content") String content, @RequestParam(name = "contact", defaultValue = "") String contact,
            @RequestParam(name = "mayPublish", defaultValue = "false") boolean mayPublish,
            @RequestParam(name = "answer", defaultValue = "") String answer,
            @RequestParam(name = "challengeToken", defaultValue = "") String token, HttpServletRequest http,
            Model model) {
        Organ organ = organ(code);
        String problem = guard.refusal(token, answer, http, "feedback", organ.id());
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
        form(code, token.startsWith("feedback.T.") ? "text" : "", model);
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
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        organs.all().forEach(o -> names.put(o.id(), o.name()));
        model.addAttribute("items", service.of(user, user.organId()).stream().map(f -> row(user, f, names)).toList());
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/feedback-list";
    }

    private static Row row(StaffUser user, Feedback f, java.util.Map<Long, String> names) {
        boolean open = !f.answered();
        boolean organSide = open && user.organId() == f.organId()
                && !user.has(cn.gongkai.server.accounts.Role.COUNTY_SUPERVISOR)
                && (!f.supervised() || (f.assignedToOrgan() && f.draftReply() == null));
        boolean admin = user.has(cn.gongkai.server.accounts.Role.ORGAN_ADMIN);
        return new Row(f, names.getOrDefault(f.organId(), ""), open && Supervisors.actsFor(user, f), organSide && admin,
                organSide && (admin || user.username().equals(f.assignee())));
    }

    @PostMapping("/workspace/feedback/{id}/to-organ")
    String toOrgan(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, RedirectAttributes redirect) {
        return act(redirect, "已交由被投诉机关答复，答复须经本机关审核后发出。", () -> complaints.assignToOrgan(user, id));
    }

    @PostMapping("/workspace/feedback/{id}/supervisor-reply")
    String supervisorReply(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam("reply") String reply, @RequestParam(name = "publish", defaultValue = "false") boolean publish,
            RedirectAttributes redirect) {
        return act(redirect, publish ? "已答复并公开。" : "已答复。", () -> complaints.reply(user, id, reply, publish));
    }

    @PostMapping("/workspace/feedback/{id}/approve")
    String approve(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, RedirectAttributes redirect) {
        return act(redirect, "答复审核通过，已发出。", () -> complaints.approve(user, id));
    }

    @PostMapping("/workspace/feedback/{id}/return")
    String returnDraft(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam("comment") String comment, RedirectAttributes redirect) {
        return act(redirect, "已退回被投诉机关修改。", () -> complaints.returnDraft(user, id, comment));
    }

    @PostMapping("/workspace/feedback/{id}/assign")
    String assign(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @RequestParam("assignee") String assignee,
            RedirectAttributes redirect) {
        return act(redirect, "已分派给 " + assignee.strip() + "。", () -> service.assign(user, id, assignee));
    }

    @PostMapping("/workspace/feedback/{id}/reply")
    String reply(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @RequestParam("reply") String reply,
            @RequestParam(name = "publish", defaultValue = "false") boolean publish, RedirectAttributes redirect) {
        boolean draft = service.isSupervised(id);
        return act(redirect, draft ? "答复草稿已提交监督机关审核，审核通过后发出。" : publish ? "已答复并公开。" : "已答复。",
                () -> service.reply(user, id, reply, publish));
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
