package cn.gongkai.server.request;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public side, no account: the application form of each organ, and following a request with its
 * number and query code (status, deadline, letters).
 */
@Controller
class PublicRequestController {


    private final RequestService service;
    private final Organs organs;
    private final SubmissionGuard guard;
    private final LetterFiles files;
    private final IdentityProofs proofs;

    PublicRequestController(RequestService service, Organs organs, SubmissionGuard guard, LetterFiles files,
            IdentityProofs proofs) {
        this.proofs = proofs;
        this.service = service;
        this.organs = organs;
        this.guard = guard;
        this.files = files;
    }

    @GetMapping("/apply")
    String organs(Model model) {
        model.addAttribute("organs", organs.all());
        return "apply/organs";
    }

    @GetMapping("/apply/{organ}")
    String form(@PathVariable("organ") String code,
            @RequestParam(name = "challenge", defaultValue = "") String challenge, Model model) {
        Organ organ = organ(code);
        model.addAttribute("organ", organ);
        model.addAttribute("challenge", guard.ask("apply", "text".equals(challenge)));
        model.addAttribute("applicantTypes", applicantTypes());
        model.addAttribute("forms", FormWanted.values());
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("proofLimit", proofs.limitText());
        return "apply/form";
    }

    @PostMapping("/apply/{organ}")
    String submit(@PathVariable("organ") String code, @RequestParam("applicantType") String applicantType,
            @RequestParam("applicantName") String name, @RequestParam(name = "idNumber", defaultValue = "") String idNumber,
            @RequestParam(name = "contact", defaultValue = "") String contact,
            @RequestParam(name = "phone", defaultValue = "") String phone,
            @RequestParam(name = "address", defaultValue = "") String address,
            @RequestParam(name = "postcode", defaultValue = "") String postcode,
            @RequestParam(name = "email", defaultValue = "") String email,
            @RequestParam(name = "proof", required = false) org.springframework.web.multipart.MultipartFile proof,
            @RequestParam("description") String description,
            @RequestParam(name = "documentNumber", defaultValue = "") String documentNumber,
            @RequestParam("formWanted") FormWanted formWanted, @RequestParam("delivery") Delivery delivery,
            @RequestParam(name = "answer", defaultValue = "") String answer,
            @RequestParam(name = "challengeToken", defaultValue = "") String token,
            HttpServletRequest http, Model model) {
        Organ organ = organ(code);
        String problem = guard.refusal(token, answer, http, "apply", organ.id());
        ApplicantContact fields = ApplicantContact.of(phone, address, postcode, email);
        byte[] proofBytes = proofBytes(proof);
        if (problem == null && proofBytes.length > 0) {
            problem = proofs.problem(proofBytes);
        }
        if (problem == null) {
            try {
                RequestService.Submitted s = proofs.submitOnline(organ, new IntakeForm(applicantType(applicantType),
                        name, "居民身份证", idNumber, summary(contact, fields), description, documentNumber, formWanted,
                        delivery, Channel.ONLINE, service.today(), null), fields, proofBytes,
                        proof == null ? null : proof.getOriginalFilename());
                model.addAttribute("organ", organ);
                model.addAttribute("number", s.request().requestNumber());
                model.addAttribute("code", s.queryCode());
                model.addAttribute("view", service.lookup(s.request().requestNumber(), s.queryCode()).orElseThrow());
                return "apply/submitted";
            } catch (RequestException e) {
                problem = e.getMessage();
            }
        }
        // Back to the form with what was typed (nothing is lost) and the problem stated.
        form(code, token.startsWith("apply.T.") ? "text" : "", model);
        model.addAttribute("problem", problem);
        model.addAttribute("typed", new Typed(applicantType, name, idNumber, contact, description, documentNumber,
                formWanted.name(), delivery.name(), phone, address, postcode, email));
        return "apply/form";
    }

    /**
     * The free-text contact the case list shows: what the applicant wrote there, else the separate fields
     * (phone, e-mail, address) run together, so either way of filling the form is enough (Art. 29(一)).
     */
    static String summary(String contact, ApplicantContact fields) {
        if (!contact.isBlank()) {
            return contact;
        }
        return java.util.stream.Stream.of(fields.phone(), fields.email(), fields.address()).filter(java.util.Objects::nonNull)
                .reduce((a, b) -> a + "，" + b).orElse("");
    }

    private static byte[] proofBytes(org.springframework.web.multipart.MultipartFile proof) {
        try {
            return proof == null || proof.isEmpty() ? new byte[0] : proof.getBytes();
        } catch (java.io.IOException e) {
            throw new RequestException("身份证明文件无法读取，请重新选择");
        }
    }

    /** What the applicant typed, to fill the form again (not the file: browsers never refill a file field). */
    record Typed(String applicantType, String applicantName, String idNumber, String contact, String description,
            String documentNumber, String formWanted, String delivery, String phone, String address, String postcode,
            String email) {
    }

    @GetMapping("/apply/status")
    String statusForm() {
        return "apply/status-form";
    }

    /** POST, so that the query code never appears in an address, a log or a browser's history. */
    @PostMapping("/apply/status")
    String status(@RequestParam("number") String number, @RequestParam("code") String code, Model model) {
        Optional<CaseView> view = service.lookup(number, code);
        if (view.isEmpty()) {
            model.addAttribute("problem", "申请编号或查询码不正确，请核对（查询码在提交申请时显示，区分大小写无关）");
            return "apply/status-form";
        }
        model.addAttribute("view", view.get());
        model.addAttribute("organ", service.organOf(view.get().request()));
        model.addAttribute("number", number.strip());
        model.addAttribute("code", code.strip());
        return "apply/status";
    }

    @PostMapping("/apply/status/letters/{id}")
    ResponseEntity<byte[]> letter(@PathVariable("id") long id, @RequestParam("number") String number,
            @RequestParam("code") String code, @RequestParam(name = "format", defaultValue = "pdf") String format) {
        CaseView view = service.lookup(number, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean closed = view.request().status() == RequestStatus.CLOSED;
        Letter letter = view.letters().stream().filter(l -> l.id() == id && l.forApplicant(closed)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return LetterDownloads.response(files, letter, service.organOf(view.request()).name(), format);
    }

    private Organ organ(String code) {
        return organs.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static List<ApplicantColumn> applicantTypes() {
        return Arrays.stream(ApplicantColumn.values()).filter(c -> c != ApplicantColumn.TOTAL).toList();
    }

    static ApplicantColumn applicantType(String name) {
        return applicantTypes().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new RequestException("请选择申请人类型"));
    }
}
