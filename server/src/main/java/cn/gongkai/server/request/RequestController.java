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
    private final RequestSteps steps;
    private final RequestFees fees;
    private final PastCases past;
    private final IdentityProofs proofs;
    private final LetterEdits letterEdits;

    RequestController(RequestService service, LetterFiles files, ReviewCaseService reviewCases, RequestDecisions decisions,
            RequestSteps steps, RequestFees fees, PastCases past, IdentityProofs proofs, LetterEdits letterEdits) {
        this.proofs = proofs;
        this.letterEdits = letterEdits;
        this.past = past;
        this.steps = steps;
        this.fees = fees;
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
        model.addAttribute("groups", ReviewGroup.values());
        model.addAttribute("today", service.today());
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
        model.addAttribute("proofLimit", proofs.limitText());
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
            @RequestParam(name = "receiptNote", defaultValue = "") String receiptNote,
            @RequestParam(name = "arrivedOn", defaultValue = "") String arrivedOn,
            @RequestParam(name = "phone", defaultValue = "") String phone,
            @RequestParam(name = "address", defaultValue = "") String address,
            @RequestParam(name = "postcode", defaultValue = "") String postcode,
            @RequestParam(name = "email", defaultValue = "") String email,
            @RequestParam(name = "proof", required = false) org.springframework.web.multipart.MultipartFile proof,
            RedirectAttributes redirect) {
        try {
            receiptNote = withArrival(channel, receiptNote, arrivedOn, date(receivedOn));
            byte[] proofBytes = IdentityProofController.bytes(proof);
            String proofProblem = proofBytes.length == 0 ? null : proofs.problem(proofBytes);
            if (proofProblem != null) {
                throw new RequestException(proofProblem);
            }
            RequestService.Submitted s = service.register(user, new IntakeForm(PublicRequestController.applicantType(applicantType),
                    name, idDocument, idNumber, contact, description, documentNumber, formWanted, delivery, channel,
                    date(receivedOn), receiptNote.isBlank() ? null : receiptNote), ApplicantContact.of(phone, address, postcode, email));
            if (proofBytes.length > 0) {
                proofs.upload(user, s.request().id(), proofBytes, proof.getOriginalFilename());
            }
            redirect.addFlashAttribute("done", "已登记，申请编号 " + s.request().requestNumber() + "，查询码 " + s.queryCode()
                    + "（请告知申请人，查询码只显示这一次）。登记回执已生成。");
            return "redirect:/workspace/requests/" + s.request().id();
        } catch (RequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/workspace/requests/new";
        }
    }

    /**
     * For a channel whose receipt date is the confirmation (Art. 31), the day the application arrived is
     * recorded in the note beside the confirmation; it may not be after the confirmation day.
     */
    private String withArrival(Channel channel, String note, String arrivedOn, LocalDate receivedOn) {
        if (arrivedOn.isBlank() || note.isBlank() || !service.needsConfirmation(channel)) {
            return note; // without a confirmation the form is refused for that reason
        }
        LocalDate arrived = date(arrivedOn);
        if (arrived.isAfter(receivedOn)) {
            throw new RequestException("申请到达之日（" + arrived + "）不能晚于双方确认之日（" + receivedOn + "）");
        }
        return "申请于 " + arrived + " 到达，" + receivedOn + " 双方确认" + (note.isBlank() ? "" : "：" + note.strip());
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
        model.addAttribute("variants", ReplyWording.Variant.values());
        model.addAttribute("proof", proofs.shown(id).orElse(null));
        // The proof and the letters' text are for the organ's handlers (撰稿/机关管理员): others see no form.
        model.addAttribute("canHandle", user.organId() == v.request().organId()
                && !user.has(cn.gongkai.server.accounts.Role.COUNTY_SUPERVISOR)
                && (user.has(cn.gongkai.server.accounts.Role.DRAFTER) || user.has(cn.gongkai.server.accounts.Role.ORGAN_ADMIN)));
        model.addAttribute("proofLimit", proofs.limitText());
        model.addAttribute("approvableLetters", v.letters().stream().filter(l -> letterEdits.mayApprove(user, v.request(), l))
                .map(Letter::id).toList());
        // Art. 30: 补正 is told once; once told, its form is not offered again.
        model.addAttribute("correctionTold", v.events().stream().anyMatch(e -> e.kind() == ClockEvent.Kind.CORRECTION_REQUESTED));
        return "request/case";
    }

    @PostMapping("/workspace/requests/{id}/id-number")
    String reveal(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, RedirectAttributes redirect) {
        return act(id, redirect, null, () -> redirect.addFlashAttribute("idNumber", service.revealIdNumber(user, id)));
    }

    @PostMapping("/workspace/requests/{id}/contact")
    String revealContact(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, RedirectAttributes redirect) {
        return act(id, redirect, null, () -> redirect.addFlashAttribute("contactFields", service.revealContact(user, id)));
    }

    @PostMapping("/workspace/requests/{id}/correction")
    String correction(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam("items") String items, @RequestParam(name = "days", defaultValue = "10") int days,
            @RequestParam(name = "on", defaultValue = "") String on, RedirectAttributes redirect) {
        return act(id, redirect, "已发出补正告知，计时暂停，补正告知书已生成。",
                () -> steps.requestCorrection(user, id, items, days, dateOrToday(on)));
    }

    @PostMapping("/workspace/requests/{id}/correction-received")
    String correctionReceived(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam("on") String on, RedirectAttributes redirect) {
        return act(id, redirect, "已收到补正，答复期限自收到补正之日重新计算。", () -> steps.correctionReceived(user, id, date(on)));
    }

    @PostMapping("/workspace/requests/{id}/extend")
    String extend(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @RequestParam("reason") String reason,
            @RequestParam(name = "days", defaultValue = "20") int days, @RequestParam(name = "on", defaultValue = "") String on,
            RedirectAttributes redirect) {
        return act(id, redirect, "已延期 " + days + " 个工作日，延期答复告知书已生成。",
                () -> steps.extend(user, id, reason, days, dateOrToday(on)));
    }

    @PostMapping("/workspace/requests/{id}/consult")
    String consult(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam("thirdParty") String thirdParty,
            @RequestParam(name = "whom", defaultValue = "THIRD_PARTY") RequestSteps.Consulted whom,
            @RequestParam(name = "on", defaultValue = "") String on, RedirectAttributes redirect) {
        return act(id, redirect, whom == RequestSteps.Consulted.ORGAN ? "已发出征求意见函（第三十四条），征求意见期间不计入答复期限。"
                : "已发出征求第三方意见书（第三十二条），征求意见期间不计入答复期限。",
                () -> steps.startConsultation(user, id, whom, thirdParty, dateOrToday(on)));
    }

    @PostMapping("/workspace/requests/{id}/consult-end")
    String consultEnd(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @RequestParam("on") String on,
            @RequestParam(name = "opinion", defaultValue = "") String opinion,
            @RequestParam(name = "objects", defaultValue = "false") boolean objects, RedirectAttributes redirect) {
        return act(id, redirect, "征求意见结束，恢复计时。", () -> steps.endConsultation(user, id, date(on), opinion, objects));
    }

    @PostMapping("/workspace/requests/{id}/reasons")
    String reasons(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam(name = "days", defaultValue = "10") int days, @RequestParam(name = "on", defaultValue = "") String on,
            RedirectAttributes redirect) {
        return act(id, redirect, "已要求申请人说明理由（第三十五条），说明理由告知书已生成。",
                () -> steps.requestReasons(user, id, days, dateOrToday(on)));
    }

    @PostMapping("/workspace/requests/{id}/reasons-received")
    String reasonsReceived(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @RequestParam("on") String on,
            @RequestParam("answer") String answer, RedirectAttributes redirect) {
        return act(id, redirect, "已登记申请人说明的理由。", () -> steps.reasonsReceived(user, id, date(on), answer));
    }

    @PostMapping("/workspace/requests/{id}/fee")
    String fee(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @RequestParam("mode") String mode,
            @RequestParam("quantity") int quantity, @RequestParam(name = "on", defaultValue = "") String on,
            RedirectAttributes redirect) {
        return act(id, redirect, null, () -> redirect.addFlashAttribute("done",
                "已发出收费通知，金额 " + fees.feeNotice(user, id, mode, quantity, dateOrToday(on)) + " 元。"));
    }

    @PostMapping("/workspace/requests/{id}/fee-paid")
    String feePaid(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @RequestParam("on") String on,
            RedirectAttributes redirect) {
        return act(id, redirect, "已登记缴费，恢复计时。", () -> fees.feePaid(user, id, date(on)));
    }

    @PostMapping("/workspace/requests/{id}/decision")
    String decide(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @RequestParam("outcome") Outcome outcome,
            @RequestParam(name = "explanation", defaultValue = "") String explanation,
            @RequestParam(name = "reviewBody", defaultValue = "") String reviewBody,
            @RequestParam(name = "variant", required = false) ReplyWording.Variant variant,
            @RequestParam(name = "on", defaultValue = "") String on, RedirectAttributes redirect) {
        return act(id, redirect, "答复书已起草，提交本机关审核流程。",
                () -> decisions.draftDecision(user, id, outcome, variant, explanation, reviewBody, dateOrToday(on)));
    }

    @PostMapping("/workspace/requests/{id}/reply")
    String editReply(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, @RequestParam("body") String body,
            RedirectAttributes redirect) {
        return act(id, redirect, "答复书已修改，重新从第 1 步审核。", () -> decisions.editReply(user, id, body));
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
    String send(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam(name = "method", defaultValue = "") String method, @RequestParam(name = "on", defaultValue = "") String on,
            RedirectAttributes redirect) {
        return act(id, redirect, "答复已送达，申请办结。", () -> decisions.send(user, id, method, dateOrToday(on)));
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

    /** Cases handled before the platform, one CSV row each, so that table 三 of that year counts them. */
    @PostMapping("/workspace/requests/import")
    String importPast(@AuthenticationPrincipal StaffUser user,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file, RedirectAttributes redirect) {
        try {
            String name = file.getOriginalFilename() == null ? "上传的文件" : file.getOriginalFilename();
            int n = past.importCsv(user, new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8), name);
            redirect.addFlashAttribute("done", "已导入 " + n + " 件历史案件。");
        } catch (RequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (java.io.IOException e) {
            redirect.addFlashAttribute("problem", "文件无法读取，请重新上传");
        }
        return "redirect:/workspace/requests";
    }

    /** A 复议 or 诉讼 without a request case (proactive disclosure, or a case from before the platform). */
    @PostMapping("/workspace/reviews")
    String addStandaloneReview(@AuthenticationPrincipal StaffUser user, @RequestParam("group") ReviewGroup group,
            @RequestParam("filedOn") String filedOn, @RequestParam("body") String body, @RequestParam("subject") String subject,
            RedirectAttributes redirect) {
        try {
            reviewCases.addStandalone(user, group, date(filedOn), body, subject);
            redirect.addFlashAttribute("done", "已登记。");
        } catch (RequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace/requests";
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

    /** A step's stated date; an omitted one is today (the form always offers the field, filled with today). */
    private LocalDate dateOrToday(String s) {
        return s.isBlank() ? service.today() : date(s);
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new RequestException("日期“" + s + "”无效，请写成 2025-01-31 的形式");
        }
    }
}
