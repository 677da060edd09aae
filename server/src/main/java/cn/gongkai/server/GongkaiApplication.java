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
            System.exit(ReportLauncher.run(args));
        }
        SpringApplication.run(GongkaiApplication.class, args);
    }
}
