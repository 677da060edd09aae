package cn.gongkai.server;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The only scripts the platform serves: the 正文 editor ({@code /js/body-editor.js}) and the ES modules it
 * imports from the npm WebJars ({@code /webjars/**}), both as static files with their bare imports made
 * addresses ({@link EsModuleImports}). Registered before Boot's own {@code /webjars/**} mapping, which then
 * stands aside. A WebJar's address carries its version, so it is cached for a year; the project's own
 * script is asked for again each time (answered 304 while unchanged), so a new release is picked up at once.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScriptResourcesConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        EsModuleImports imports = EsModuleImports.fromClasspath();
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .resourceChain(true).addTransformer(imports);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true).addTransformer(imports);
    }
}
