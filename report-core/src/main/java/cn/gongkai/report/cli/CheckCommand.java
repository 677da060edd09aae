package cn.gongkai.report.cli;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.PreviousYear;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.json.ReportJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gongkai check [--json] [--summary FILE.csv] PATH…}: checks report files and folders.
 * Exit code 0: no error; 1: some report has an error; 2: some file could not be read.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "年报体检：检查政府信息公开工作年度报告（txt/HTML/PDF/DOCX，UTF-8 或 GBK），找出表格勾稽错误、缺失和不规范之处。",
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:没有错误级问题", "1:有报告存在错误级问题", "2:有文件无法读取（UNREADABLE）"})
final class CheckCommand implements Callable<Integer> {

    /** From this many files on, a progress bar shows on a terminal. */
    static final int PROGRESS_THRESHOLD = 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "每个文件输出一行 JSON（JSON Lines），格式见 spec/report-json.md")
    boolean json;

    @Option(names = "--summary", paramLabel = "FILE.csv", description = "另写一份汇总 CSV：每个文件一行（文件、机关、年度、错误数、警告数、问题代码）")
    Path summary;

    @Option(names = "--no-tables", description = "人读输出中不打印恢复出的表格")
    boolean noTables;

    @Option(names = "--threads", description = "并行检查的线程数（默认：CPU 核数）")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹（递归查找 .txt .md .html .pdf .docx）")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files;
        try {
            files = ReportFiles.expand(paths);
        } catch (IOException e) {
            err.println("无法列出文件：" + e.getMessage());
            return 2;
        }
        if (files.isEmpty()) {
            err.println("没有找到报告文件。请给出文件，或包含 .txt/.md/.html/.pdf/.docx 文件的文件夹。");
            return 2;
        }
        ReportChecker checker = ReportChecker.builder().build();
        HumanOutput human = new HumanOutput(Ansi.AUTO, !noTables);
        // Set by the ./gongkai launcher, which can test whether stderr is a terminal; Java cannot.
        boolean progress = files.size() >= PROGRESS_THRESHOLD && Boolean.getBoolean("gongkai.stderrTerminal");
        int exit = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try (CSVPrinter csv = summary == null ? null : openSummary(summary);
                ProgressBar bar = progress ? progressBar(files.size()) : null) {
            List<Future<CheckResult>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> checker.check(file)));
            }
            List<CheckResult> checked = new ArrayList<>(files.size());
            for (Future<CheckResult> f : futures) {
                checked.add(f.get());
                if (bar != null) {
                    bar.step();
                }
            }
            // Last year's report of the same organ among the files checked: the cross-year rules get it.
            List<CheckResult> results = PreviousYear.pair(checker, checked);
            for (int i = 0; i < files.size(); i++) {
                CheckResult result = results.get(i);
                String name = files.get(i).toString();
                if (json) {
                    out.println(ReportJson.write(result));
                } else {
                    out.println(human.format(name, result));
                }
                out.flush();
                if (csv != null) {
                    csv.printRecord(name, nullToEmpty(result.report().organ()),
                            result.report().year() == null ? "" : result.report().year(), result.errors(),
                            result.warnings(), String.join(" ", result.codes()));
                }
                exit = Math.max(exit, result.unreadable() ? 2 : result.errors() > 0 ? 1 : 0);
            }
        } finally {
            pool.shutdownNow();
        }
        return exit;
    }

    private static CSVPrinter openSummary(Path file) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        // A BOM lets Excel and WPS open the UTF-8 CSV with the Chinese intact.
        w.write('\uFEFF');
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                .setHeader("file", "organ", "year", "errors", "warnings", "codes").get());
    }

    private static ProgressBar progressBar(int total) {
        return new ProgressBarBuilder().setTaskName("体检").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
