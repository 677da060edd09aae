package cn.gongkai.server.checker;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.json.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import cn.gongkai.server.shared.FileNames;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/** Checks uploaded files and pasted text with the report core, and keeps each result's JSON. */
@Service
class ReportCheckService {

    private final CheckGate gate;
    private final CheckRuns runs;
    private final CheckerSettings settings;

    ReportCheckService(CheckGate gate, CheckRuns runs, CheckerSettings settings) {
        this.gate = gate;
        this.runs = runs;
        this.settings = settings;
    }

    /** Each file in a slot of the gate; busy when a slot does not come free in time (the files before are kept). */
    List<CheckedFile> check(List<MultipartFile> files) throws CheckGate.CheckerBusy {
        List<CheckedFile> out = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = displayName(file.getOriginalFilename());
            CheckResult result;
            try (InputStream in = file.getInputStream()) {
                result = gate.check(in.readNBytes((int) Math.min(file.getSize(), gate.checker().limits().maxBytes() + 1)), name);
            } catch (IOException e) {
                result = ReportChecker.unreadable(name, "上传的文件读取失败，请重新上传。");
            }
            out.add(keep(name, result));
        }
        return out;
    }

    CheckedFile checkText(String text) throws CheckGate.CheckerBusy {
        return keep("粘贴的文本", gate.check(text.getBytes(StandardCharsets.UTF_8), "粘贴的文本"));
    }

    private CheckedFile keep(String name, CheckResult result) {
        String json = ReportJson.write(result);
        return new CheckedFile(name, result, runs.save(name, json, result.errors(), result.warnings(), settings.keepResults()));
    }

    /** The client's file name, safe to show; “未命名文件” when it has none. */
    static String displayName(String original) {
        String name = FileNames.lastSegment(original);
        return name.isEmpty() ? "未命名文件" : name;
    }
}
