package cn.gongkai.server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Templates named *.xml (the RSS feed) are rendered in Thymeleaf's XML mode, which escapes for XML.
 * Spring Boot adds every template resolver bean to its engine; this one answers only when the
 * .xml template exists, so HTML views fall through to the default resolver.
 */
@Configuration(proxyBeanMethods = false)
class XmlTemplateConfiguration {

    @Bean
    SpringResourceTemplateResolver xmlTemplateResolver() {
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
        resolver.setPrefix("classpath:/templates/");
        resolver.setSuffix(".xml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(0);
        return resolver;
    }
}
