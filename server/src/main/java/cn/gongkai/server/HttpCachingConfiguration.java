package cn.gongkai.server;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Public portal pages get an ETag computed from their content, so a browser or proxy that has the
 * page gets 304 Not Modified instead of the page again. Staff pages are private and not cached.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> portalEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> bean = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        bean.addUrlPatterns("/portal/*");
        bean.setName("portalEtags");
        // After Spring Security (which must know who asks) and the page cache, so cached pages keep their ETag.
        bean.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE);
        return bean;
    }
}
