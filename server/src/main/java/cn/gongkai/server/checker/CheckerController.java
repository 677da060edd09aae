package cn.gongkai.server.checker;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The report checker pages: the form, the results, the JSON download. Binds, calls, chooses a view. */
@Controller
class CheckerController {

    private final ReportCheckService service;
    private final CheckRuns runs;
    private final CheckerSettings settings;
    private final CheckRateLimit rateLimit;
    private final DataSize maxFileSize;

    CheckerController(ReportCheckService service, CheckRuns runs, CheckerSettings settings, CheckRateLimit rateLimit,
            @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFileSize) {
        this.service = service;
        this.rateLimit = rateLimit;
        this.runs = runs;
        this.settings = settings;
        this.maxFileSize = maxFileSize;
    }

    /** The checker's form; it was the site's home until the county portal took "/" (the form still posts to /check). */
    @GetMapping("/check")
    String form(Model model) {
        limits(model);
        return "checker/index";
    }

    @PostMapping("/check")
    String check(@RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "text", required = false) String text, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        List<MultipartFile> uploaded = files == null ? List.of()
                : files.stream().filter(f -> !f.isEmpty()).toList();
        boolean hasText = text != null && !text.isBlank();
        String problem = uploaded.isEmpty() && !hasText ? "请选择至少一个报告文件，或粘贴报告文字。"
                : uploaded.size() > settings.maxFiles() ? "一次最多检查 " + settings.maxFiles() + " 个文件，您选择了 "
                        + uploaded.size() + " 个。请分批上传；工作人员可在工作台使用批量体检。"
                : hasText && text.length() > settings.maxPasteChars() ? "粘贴的文字超过 " + settings.maxPasteChars()
                        + " 个字符，请改为上传文件。"
                : null;
        if (problem != null) {
            return refuse(model, problem);
        }
        // Anonymous visitors are counted per address (staff are accountable by their account and are not).
        if (request.getUserPrincipal() == null) {
            Optional<Duration> wait = rateLimit.take(request.getRemoteAddr(), uploaded.size() + (hasText ? 1 : 0));
            if (wait.isPresent()) {
                return CheckerRefusals.tooMany(model, response, wait.get());
            }
        }
        List<CheckedFile> checked;
        try {
            checked = new ArrayList<>(service.check(uploaded));
            if (hasText) {
                checked.add(service.checkText(text));
            }
        } catch (CheckGate.CheckerBusy busy) {
            return CheckerRefusals.busy(model, response, busy.retryAfter);
        }
        model.addAttribute("reports", checked.stream().map(ReportView::new).toList());
        return "checker/result";
    }

    @GetMapping("/check/{id}.json")
    ResponseEntity<String> json(@PathVariable("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return notFound();
        }
        return runs.json(uuid).map(json -> ResponseEntity.ok()
                        .contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(runs.fileName(uuid).orElse("report") + ".json", StandardCharsets.UTF_8)
                                .build().toString())
                        .body(json))
                .orElseGet(CheckerController::notFound);
    }

    private static ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body("没有找到这次检查的结果：链接有误，或结果已超过保存期限。请重新检查。");
    }

    String refuse(Model model, String problem) {
        limits(model);
        model.addAttribute("problem", problem);
        return "checker/index";
    }

    private void limits(Model model) {
        model.addAttribute("maxFiles", settings.maxFiles());
        model.addAttribute("maxFileSize", maxFileSize.toMegabytes() + " MB");
    }
}
