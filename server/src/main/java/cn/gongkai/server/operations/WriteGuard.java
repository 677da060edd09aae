package cn.gongkai.server.operations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * While a data directory is short of space ({@link StorageSpace}), every form that writes (POST, PUT, PATCH,
 * DELETE) is refused with 503 and a Chinese page before it starts, instead of failing halfway with a 500 and
 * H2 closing the database. Reading goes on; signing in (Spring Security's filter, before this) too. Once
 * space returns the next request writes again: nothing to restart.
 */
@Configuration
class WriteGuard implements WebMvcConfigurer, HandlerInterceptor {

    private final StorageSpace space;

    WriteGuard(StorageSpace space) {
        this.space = space;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String method = request.getMethod();
        boolean writes = !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
        if (writes && !space.report().ok()) {
            throw new StorageShort();
        }
        return true;
    }
}
