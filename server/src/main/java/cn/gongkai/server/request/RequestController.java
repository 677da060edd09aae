package cn.gongkai.server.request;

import cn.gongkai.report.model.ReviewGroup;
import cn.gongkai.server.accounts.StaffUser;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff's pages for requests: the organ's list, registering, the case page and its steps. */
@Controller
class RequestController {

    /** Open cases with at most this many working days left are listed as due soon. */
    static final int DUE_SOON = 5;

    private final RequestService service;
    private final LetterFiles files;
    private final ReviewCaseService reviewCases;
    private final RequestDecisions decisions;

    RequestController(RequestService service, LetterFiles files, ReviewCaseService reviewCases, RequestDecisions decisions) {
        this.decisions = decisions;
        this.reviewCases = reviewCases;
        this.service = service;
        this.files = files;
    }

    @GetMapping("/workspace/requests")
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        var cases = service.casesOf(user, user.organId());
        model.addAttribute("cases", cases);
        model.addAttribute("overdue", cases.stream().filter(c -> c.clock().overdue()).toList());
        model.addAttribute("dueSoon", cases.stream().filter(c -> c.clock().dueWithin(DUE_SOON)).toList());
        model.addAttribute("dueSoonDays", DUE_SOON);
        return "request/list";
    }

    @GetMapping("/workspace/requests/overdue")
    String overdue(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("cases", service.overdue(user));
        return "request/overdue";
    }

    @GetMapping("/workspace/requests/new")
    String form(Model model) {
        model.addAttribute("applicantTypes", PublicRequestController.applicantTypes());
        model.addAttribute("forms", FormWanted.values());
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("channels", java.util.Arrays.stream(Channel.values()).filter(c -> c != Channel.ONLINE).toList());
        model.addAttribute("today", service.today());
        return "request/new";
    }

    @PostMapping("/workspace/requests")
    String register(@AuthenticationPrincipal StaffUser user, @RequestParam("applicantType") String applicantType,
            @RequestParam("applicantName") String name, @RequestParam(name = "idDocument", defaultValue = "居民身份证") String idDocument,
            @RequestParam(name = "idNumber", defaultValue = "") String idNumber, @RequestParam("contact") String contact,
            @RequestParam("description") String description,
            @RequestParam(name = "documentNumber", defaultValue = "") String documentNumber,
            @RequestParam("formWanted") FormWanted formWanted, @RequestParam("delivery") Delivery delivery,
            @RequestParam("channel") Channel channel, @RequestParam("receivedOn") String receivedOn,
            @RequestParam(name = "receiptNote", defaultValue = "") String receiptNote, RedirectAttributes redirect) {
        try {
            RequestService.Submitted s = service.register(user, new IntakeForm(PublicRequestController.applicantType(applicantType),
                    name, idDocument, idNumber, contact, description, documentNumber, formWanted, delivery, channel,
                    date(receivedOn), receiptNote.isBlank() ? null : receiptNote));
            redirect.addFlashAttribute("done", "已登记，申请编号 " + s.request().requestNumber() + "，查询码 " + s.queryCode()
                    + "（请告知申请人，查询码只显示这一次）。登记回执已生成。");
            return "redirect:/workspace/requests/" + s.request().id();
        } catch (RequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/workspace/requests/new";
        }
    }

    @GetMapping("/workspace/requests/{id}")
    String view(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, Model model) {
        CaseView v = service.view(user, id);
        model.addAttribute("view", v);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("groups", ReviewGroup.values());
        model.addAttribute("results", ReviewCase.Result.values());
        model.addAttribute("reviews", reviewCases.reviews(user, v.request().organId()).stream()
                .filter(r -> r.requestId() != null && r.requestId() == id).toList());
        model.addAttribute("today", service.today());
        model.addAttribute("canDecide", decisions.mayDecide(user, v.request()));
        model.addAttribute("sameInformation", decisions.sameInformationCount(v.request()));
        model.addAttribute("correctionBy", service.clock().correctionRequestBy(v.request().receivedOn()));
        model.addAttribute("canAct", user.organId() == v.request().organId()
                && !user.has(cn.gongkai.server.accounts.Role.COUNTY_SUPERVISOR));
        return "request/case";
    }

    @PostMapping("/workspace/requests/{id}/id-number")
    String reveal(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, RedirectAttributes redirect) {
        return act(id, redirect, null, () -> redirect.addFlashAttribute("idNumber", service.revealIdNumber(user, id)));
    }

    @PostMapping("/workspace/requests/{id}/correction")
    String correction(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam("items") String items, @RequestParam(name = "days", defaultValue = "10") int days,
            RedirectAttributes redirect) {
        return act(id, redirect, "已发出补正告知，计时暂停，补正告知书已生成。", () -> service.requestCorrection(user, id, items, days));
    }

    @PostMapping("/workspace/requests/{id}/correction-received")
    String correctionReceived(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam("on") String on, RedirectAttributes redirect) {
        return act(id, redirect, "已收到补正，答复期限自收到补正之日重新计算。", () -> service.correctionReceived(user, id, date(on)));
    }

    @PostMapping("/workspace/requests/{id}/extend")
    String extend(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @RequestParam("reason") String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, "已延期 20 个工作日，延期答复告知书已生成。", () -> service.extend(user, id, reason));
    }

    @PostMapping("/workspace/requests/{id}/consult")
    String consult(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam("thirdParty") String thirdParty, RedirectAttributes redirect) {
        return act(id, redirect, "已发出征求意见书，征求意见期间不计入答复期限。", () -> service.startConsultation(user, id, thirdParty));
    }

    @PostMapping("/workspace/requests/{id}/consult-end")
    String consultEnd(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @RequestParam("on") String on,
            @RequestParam(name = "opinion", defaultValue = "") String opinion, RedirectAttributes redirect) {
        return act(id, redirect, "征求意见结束，恢复计时。", () -> service.endConsultation(user, id, date(on), opinion));
    }

    @PostMapping("/workspace/requests/{id}/fee")
    String fee(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @RequestParam("mode") String mode,
            @RequestParam("quantity") int quantity, RedirectAttributes redirect) {
        return act(id, redirect, null, () -> redirect.addFlashAttribute("done",
                "已发出收费通知，金额 " + service.feeNotice(user, id, mode, quantity) + " 元。"));
    }

    @PostMapping("/workspace/requests/{id}/fee-paid")
    String feePaid(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @RequestParam("on") String on,
            RedirectAttributes redirect) {
        return act(id, redirect, "已登记缴费，恢复计时。", () -> service.feePaid(user, id, date(on)));
    }

    @PostMapping("/workspace/requests/{id}/decision")
    String decide(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @RequestParam("outcome") Outcome outcome,
            @RequestParam(name = "explanation", defaultValue = "") String explanation,
            @RequestParam(name = "reviewBody", defaultValue = "") String reviewBody, RedirectAttributes redirect) {
        return act(id, redirect, "答复书已起草，提交本机关审核流程。",
                () -> decisions.draftDecision(user, id, outcome, explanation, reviewBody));
    }

    @PostMapping("/workspace/requests/{id}/approve")
    String approve(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, RedirectAttributes redirect) {
        return act(id, redirect, "审核通过。", () -> decisions.approveDecision(user, id));
    }

    @PostMapping("/workspace/requests/{id}/return")
    String returnDecision(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam("comment") String comment, RedirectAttributes redirect) {
        return act(id, redirect, "已退回承办人。", () -> decisions.returnDecision(user, id, comment));
    }

    @PostMapping("/workspace/requests/{id}/send")
    String send(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, RedirectAttributes redirect) {
        return act(id, redirect, "答复已送达，申请办结。", () -> decisions.send(user, id));
    }

    @PostMapping("/workspace/requests/{id}/proactive")
    String proactive(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, RedirectAttributes redirect) {
        try {
            long item = decisions.proposeProactive(user, id);
            redirect.addFlashAttribute("done", "已按《条例》第四十四条起草主动公开信息，请补充后提交审核。");
            return "redirect:/workspace/items/" + item;
        } catch (RequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/workspace/requests/" + id;
        }
    }

    @PostMapping("/workspace/requests/{id}/reviews")
    String addReview(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam("group") ReviewGroup group, @RequestParam("filedOn") String filedOn,
            @RequestParam("body") String body, RedirectAttributes redirect) {
        return act(id, redirect, "已登记。", () -> reviewCases.addReview(user, id, group, date(filedOn), body));
    }

    @PostMapping("/workspace/requests/{id}/reviews/{review}")
    String decideReview(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @PathVariable("review") long review, @RequestParam("result") ReviewCase.Result result,
            @RequestParam("on") String on, RedirectAttributes redirect) {
        return act(id, redirect, "已登记结果。", () -> reviewCases.decideReview(user, review, result, date(on)));
    }

    @GetMapping("/workspace/requests/{id}/letters/{letter}")
    ResponseEntity<byte[]> letter(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @PathVariable("letter") long letterId, @RequestParam(name = "format", defaultValue = "pdf") String format) {
        CaseView v = service.view(user, id);
        Letter letter = v.letters().stream().filter(l -> l.id() == letterId).findFirst()
                .orElseThrow(() -> new RequestNotFoundException(id));
        return LetterDownloads.response(files, letter, service.organOf(v.request()).name(), format);
    }

    private static String act(long id, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            if (done != null) {
                redirect.addFlashAttribute("done", done);
            }
        } catch (RequestException | LetterException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace/requests/" + id;
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new RequestException("日期“" + s + "”无效，请写成 2025-01-31 的形式");
        }
    }
}
