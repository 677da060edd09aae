package cn.gongkai.server.annualreport;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./gongkai report --organ NAME --year YYYY --format json|md|html|docx|pdf [--out FILE]}: one organ's
 * report on the embedded database — the published version when there is one, else compiled now.
 * Exit 0 written and publishable as it stands, 1 written but not publishable (missing entries or errors: the
 * web editor's verdict, {@link AnnualReportService.Compiled#publishable()}), 2 bad arguments or nothing to write.
 */
@Component
public class ReportCommand {

    private final AnnualReportService reports;
    private final Organs organs;
    private final ReportFiles files;

    private final ReportPublication publication;

    ReportCommand(AnnualReportService reports, ReportPublication publication, Organs organs, ReportFiles files) {
        this.reports = reports;
        this.publication = publication;
        this.organs = organs;
        this.files = files;
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        Options options = new Options(out, err);
        CommandLine cli = new CommandLine(options);
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        return cli.execute(args);
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "导出一个机关某一年的政府信息公开工作年度报告（已发布的用发布版本，否则按平台数据编制）")
    final class Options implements Callable<Integer> {

        @Option(names = "--organ", required = true, description = "机关名称或代码，如 普威镇 或 puwei")
        String organ;

        @Option(names = "--year", required = true, description = "年度，如 2025")
        int year;

        @Option(names = "--format", defaultValue = "json", description = "json、md、html、docx 或 pdf（默认 json）")
        String format;

        @Option(names = "--out", description = "输出文件；不写时文本格式输出到屏幕")
        @Nullable Path outFile;

        private final PrintStream out;
        private final PrintStream err;

        Options(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() throws IOException {
            if (!ReportFiles.FORMATS.contains(format)) {
                err.println("格式应为 " + String.join("、", ReportFiles.FORMATS) + " 之一，收到“" + format + "”");
                return 2;
            }
            if ((format.equals("docx") || format.equals("pdf")) && outFile == null) {
                err.println(format + " 是二进制文件，请用 --out 指定输出文件");
                return 2;
            }
            List<Organ> matches = organs.all().stream()
                    .filter(o -> o.code().equals(organ) || o.name().equals(organ) || o.name().contains(organ)).toList();
            if (matches.size() != 1) {
                err.println(matches.isEmpty() ? "没有名称或代码为“" + organ + "”的机关"
                        : "“" + organ + "”对应多个机关，请写得更具体：" + String.join("、", matches.stream().map(Organ::name).toList()));
                return 2;
            }
            Organ o = matches.getFirst();
            StaffUser system = new StaffUser(0, "cli", "命令行", o.id(), EnumSet.of(Role.COUNTY_SUPERVISOR), "", true, false);
            var published = publication.published(o.id(), year);
            CheckResult checked;
            List<String> missing;
            if (published.isPresent()) {
                checked = new CheckResult(published.get().report(), published.get().diagnostics());
                missing = List.of();
            } else {
                AnnualReportService.Compiled compiled = reports.compile(system, o.id(), year);
                checked = compiled.result();
                missing = compiled.missing();
            }
            byte[] bytes;
            try {
                bytes = files.render(checked, format);
            } catch (cn.gongkai.server.shared.ChinesePdf.MissingFontException e) {
                err.println(e.getMessage());
                return 2;
            }
            if (outFile == null) {
                out.write(bytes);
                out.flush();
            } else {
                Files.write(outFile, bytes);
                err.println("已写出 " + outFile + "（" + o.name() + " " + year + " 年，" + format + "，"
                        + (published.isPresent() ? "已发布版本" : "按平台当前数据编制的草稿") + "）");
            }
            return summary(checked, missing, published.isPresent());
        }

        /**
         * The report's findings in Chinese on stderr, and the exit code of the web editor's verdict: 0 when
         * the report could be published as it stands (nothing missing, no error), 1 when it could not.
         */
        private int summary(CheckResult checked, List<String> missing, boolean published) {
            long errors = checked.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
            long warnings = checked.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
            err.println("核对：错误 " + errors + "，警告 " + warnings + "，提示 "
                    + (checked.diagnostics().size() - errors - warnings) + "；未填项 " + missing.size());
            for (Diagnostic d : checked.diagnostics()) {
                String where = d.location().describe();
                err.println("  " + d.severity().chinese() + " " + d.code() + (where.isEmpty() ? "" : "  " + where) + "  " + d.message());
            }
            for (String m : missing) {
                err.println("  未填 " + m);
            }
            boolean publishable = missing.isEmpty() && errors == 0;
            if (!published) {
                err.println(publishable ? "可以发布：没有未填项和错误。" : "暂不能发布：请在“年度报告”页面补齐未填项、改正错误后再发布。");
            }
            return publishable ? 0 : 1;
        }
    }

}
