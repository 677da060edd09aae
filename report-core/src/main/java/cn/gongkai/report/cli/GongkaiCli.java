package cn.gongkai.report.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line entry of the report core: {@code gongkai check …}. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "Gongkai 0.1.0",
        description = "Gongkai 政府信息公开平台命令行工具。",
        subcommands = {CheckCommand.class})
public final class GongkaiCli {

    public static void main(String[] args) {
        // POI logs through log4j-api; without a provider it complains on stderr. Its simple logger,
        // errors only, keeps the checker's output clean for scripts.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "ERROR");
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command with the given streams (UTF-8) and returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new GongkaiCli());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("出错：" + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }
}
