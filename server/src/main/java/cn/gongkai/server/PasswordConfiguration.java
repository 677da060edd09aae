package cn.gongkai.server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are hashed; also needed where there is no web server (the demo data of ./gongkai report). */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /** bcrypt by default, with the algorithm recorded in each hash so it can be changed later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
