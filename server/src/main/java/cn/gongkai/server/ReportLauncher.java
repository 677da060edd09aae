package cn.gongkai.server;

import cn.gongkai.server.annualreport.ReportCommand;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./gongkai report …}: the application on the same database, without the web stack, quiet and quick.
 * No embedded server (web type NONE); beans are made lazily, so only what the report needs is built (the
 * search index, Tomcat, Thymeleaf, security and the schedulers are never started); the log is off, so
 * the terminal shows only the command's Chinese messages — {@code --verbose} turns the log back on (to
 * stderr: stdout carries the report).
 */
final class ReportLauncher {

    private ReportLauncher() {
    }

    static int run(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        boolean verbose = rest.remove("--verbose");
        PrintStream stdout = System.out;
        System.setOut(System.err);
        List<String> settings = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--spring.main.lazy-initialization=true",
                // the index is the server's; the command needs none (and must not lock it)
                "--gongkai.search.directory=memory"));
        settings.add(verbose ? "--logging.level.root=info" : "--logging.level.root=off");
        if (!verbose) {
            // Libraries that log through java.util.logging directly (openhtmltopdf's INFO lines) stay quiet too.
            java.util.logging.LogManager.getLogManager().reset();
            com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(ReportCliConfiguration.class).web(WebApplicationType.NONE).logStartupInfo(verbose)
                    .run(settings.toArray(String[]::new));
        } catch (RuntimeException e) {
            System.err.println("无法打开平台数据库：" + rootMessage(e) + "。请确认在 Gongkai 目录中运行，且 ./data 可读写；"
                    + "加 --verbose 可看到详细日志。");
            return 2;
        }
        try (context) {
            // An empty database gets the demo county as `./gongkai serve` would make it (lazily built beans
            // are never started on their own).
            context.getBeanProvider(DemoData.class).ifAvailable(DemoData::create);
            return context.getBean(ReportCommand.class).run(rest.toArray(String[]::new), stdout, System.err);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
