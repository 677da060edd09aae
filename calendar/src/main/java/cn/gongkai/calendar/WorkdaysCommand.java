package cn.gongkai.calendar;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai workdays --from DATE (--add N | --to DATE)}: the working-day calendar on the
 * command line. Prints only the answer on standard output (for scripts); a provisional result gets
 * a note on standard error.
 */
@Command(name = "workdays", mixinStandardHelpOptions = true,
        description = "工作日计算：按法定节假日和调休上班日推算期限，或计算两个日期之间的工作日数。默认不计起算当日。",
        exitCodeListHeading = "%n退出码：%n", exitCodeList = {"0:完成", "2:参数或节假日数据有误"})
public final class WorkdaysCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "yyyy-MM-dd", description = "起算日（如收到申请之日）")
    String from;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--add", paramLabel = "N", description = "加 N 个工作日，打印到期日")
        Integer add;

        @Option(names = "--to", paramLabel = "yyyy-MM-dd", description = "打印 --from 之后到此日（含）之间的工作日数")
        String to;
    }

    @Option(names = "--count-start-day", description = "起算当日若为工作日也计入（默认不计入）")
    boolean countStartDay;

    @Option(names = "--data", paramLabel = "FILE.csv", description = "使用另一份节假日数据（格式同 holidays-cn.csv）")
    Path data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WorkingDayCalendar calendar;
        try {
            calendar = data == null ? WorkingDayCalendar.bundled() : load(data);
        } catch (CalendarDataException | IOException e) {
            err.println(e.getMessage());
            return 2;
        }
        DayCounting counting = countStartDay ? DayCounting.START_DAY_INCLUDED : DayCounting.START_DAY_EXCLUDED;
        try {
            LocalDate start = date("--from", from);
            boolean provisional;
            if (target.add != null) {
                Deadline d = calendar.addWorkingDays(start, target.add, counting);
                out.println(d.date());
                provisional = d.provisional();
            } else {
                WorkingDayCount c = calendar.workingDaysBetween(start, date("--to", target.to), counting);
                out.println(c.days());
                provisional = c.provisional();
            }
            if (provisional) {
                err.println("注意：结果为暂定值——计算跨越了 " + (calendar.lastAnnouncedYear() + 1)
                        + " 年及以后，该年的放假安排尚未载入，只按周末计算。");
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private static WorkingDayCalendar load(Path file) throws IOException, CalendarDataException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return WorkingDayCalendar.of(HolidayCsv.read(in, file.toString()));
        }
    }

    private static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " 的日期“" + text + "”无效，应为 yyyy-MM-dd，例如 2025-01-20");
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command with the given streams (UTF-8) and returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new WorkdaysCommand());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return cli.execute(args);
    }
}
