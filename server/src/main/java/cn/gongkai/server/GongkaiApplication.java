package cn.gongkai.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Gongkai platform server. Features are the direct sub-packages (Spring Modulith modules). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GongkaiApplication {

    static {
        H2Binding.loopbackOnly();
    }

    public static void main(String[] args) {
        H2Binding.loopbackOnly();
        if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
            System.exit(cn.gongkai.server.operations.BackupCommand.run(args));
        }
        if (args.length > 0 && args[0].equals("report")) {
            // Standard output carries the report (JSON, Markdown…): the application's log goes to stderr.
            java.io.PrintStream stdout = System.out;
            System.setOut(System.err);
            // ./gongkai report …: the same application on the same database, without the web server.
            var context = new org.springframework.boot.builder.SpringApplicationBuilder(GongkaiApplication.class)
                    .web(org.springframework.boot.WebApplicationType.NONE).logStartupInfo(false)
                    .run("--logging.level.root=warn", "--spring.main.banner-mode=off",
                            // the index is the server's; the command needs none (and must not lock it)
                            "--gongkai.search.directory=memory");
            int code = context.getBean(cn.gongkai.server.annualreport.ReportCommand.class)
                    .run(java.util.Arrays.copyOfRange(args, 1, args.length), stdout, System.err);
            context.close();
            System.exit(code);
        }
        SpringApplication.run(GongkaiApplication.class, args);
    }
}
