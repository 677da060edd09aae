package cn.gongkai.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Gongkai platform server. Features are the direct sub-packages (Spring Modulith modules). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GongkaiApplication {

    public static void main(String[] args) {
        SpringApplication.run(GongkaiApplication.class, args);
    }
}
