package cn.gongkai.server.checker;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.json.ReportJson;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.annualreport.ReportPublication;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 批量体检 for staff: a zip (or several files) checked in the background, the page refreshing itself
 * (no script) with the progress until done; results sortable and exportable; a report can be imported as
 * the organ's historical report.
 */
@Controller
class BatchCheckController {

    private final BatchCheckService batches;
    private final CheckRuns runs;
    private final ReportPublication reports;

    BatchCheckController(BatchCheckService batches, CheckRuns runs, ReportPublication reports) {
        this.batches = batches;
        this.runs = runs;
        this.reports = reports;
    }

    @GetMapping("/workspace/batch-check")
    String form() {
        return "checker/batch-form";
    }

    @PostMapping("/workspace/batch-check")
    String start(@AuthenticationPrincipal StaffUser user, @RequestParam(name = "zip", required = false) @Nullable MultipartFile zip,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, RedirectAttributes redirect)
            throws IOException {
        BatchFiles entries;
        try {
            entries = BatchFiles.spool(zip, files == null ? List.of() : files);
        } catch (BatchFiles.ZipProblem e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/workspace/batch-check";
        }
        if (entries.isEmpty()) {
            entries.close();
            redirect.addFlashAttribute("problem", "请选择一个 zip 压缩包或若干年报文件");
            return "redirect:/workspace/batch-check";
        }
        BatchJob job = batches.start(user.username(), entries);
        return "redirect:/workspace/batch-check/" + job.id;
    }

    @GetMapping("/workspace/batch-check/{id}")
    String job(@AuthenticationPrincipal StaffUser user, @PathVariable("id") UUID id,
            @RequestParam(name = "sort", defaultValue = "name") String sort, Model model) {
        BatchJob job = job(user, id);
        // One snapshot for the whole page: the worker goes on while the page renders, and a page that
        // said "finished" over a shorter list would stop refreshing with results missing.
        List<BatchJob.Row> rows = job.sorted(sort);
        model.addAttribute("job", job);
        model.addAttribute("rows", rows);
        model.addAttribute("checked", rows.size());
        model.addAttribute("finished", rows.size() >= job.total);
        model.addAttribute("sort", sort);
        model.addAttribute("canImport", user.has(cn.gongkai.server.accounts.Role.ORGAN_ADMIN));
        return "checker/batch-job";
    }

    @GetMapping("/workspace/batch-check/{id}.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal StaffUser user, @PathVariable("id") UUID id) throws IOException {
        BatchJob job = job(user, id);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord("文件", "机关", "年度", "错误", "警告");
            for (BatchJob.Row r : job.sorted("name")) {
                csv.printRecord(r.fileName(), r.organ() == null ? "" : r.organ(), r.year() == null ? "" : r.year(),
                        r.errors(), r.warnings());
            }
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"batch-" + id + ".csv\"").body(out.toString());
    }

    /** JSON Lines: one report-json.md document per file, as ./gongkai check --json prints them. */
    @GetMapping("/workspace/batch-check/{id}.jsonl")
    ResponseEntity<String> jsonl(@AuthenticationPrincipal StaffUser user, @PathVariable("id") UUID id) {
        BatchJob job = job(user, id);
        StringBuilder b = new StringBuilder();
        for (BatchJob.Row r : job.sorted("name")) {
            runs.json(r.run()).ifPresent(j -> b.append(j.replace("\n", "")).append('\n'));
        }
        return ResponseEntity.ok().contentType(new MediaType("application", "x-ndjson", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"batch-" + id + ".jsonl\"").body(b.toString());
    }

    @PostMapping("/workspace/batch-check/{id}/import/{index}")
    String importReport(@AuthenticationPrincipal StaffUser user, @PathVariable("id") UUID id, @PathVariable("index") int index,
            @RequestParam(name = "acknowledge", defaultValue = "false") boolean acknowledge, RedirectAttributes redirect) {
        BatchJob job = job(user, id);
        BatchJob.Row row = job.rows.stream().filter(r -> r.index() == index).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String json = runs.json(row.run()).orElseThrow(() -> new ResponseStatusException(HttpStatus.GONE));
        ReportJson.Parsed parsed = ReportJson.read(json);
        try {
            var v = reports.importHistorical(user, new CheckResult(parsed.report(), parsed.diagnostics()), acknowledge);
            redirect.addFlashAttribute("done", "已将“" + row.fileName() + "”作为本机关 " + v.year()
                    + " 年的历史年报提交审核，按本机关审核流程审核通过后发布。");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace/batch-check/" + id;
    }

    private BatchJob job(StaffUser user, UUID id) {
        return batches.job(id, user.username()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
