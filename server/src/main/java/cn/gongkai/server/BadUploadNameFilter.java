package cn.gongkai.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A file name with a NUL (or another character Tomcat refuses) makes Tomcat throw while the CSRF filter
 * reads the form, before any controller: it used to end as 500 with a stack trace in the log (issue 11).
 * Answered here, outside Spring Security, as 400 with a Chinese message; logged as one line.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BadUploadNameFilter extends OncePerRequestFilter {

    static final String MESSAGE = "上传的文件名含有不允许的字符（如空字符），请重命名文件后重新上传。";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BadUploadNameFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (InvalidFileNameException e) {
            refuse(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!(e.getCause() instanceof InvalidFileNameException) || response.isCommitted()) {
                throw e;
            }
            refuse(request, response);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.warn("拒绝了文件名含非法字符的上传：{} {}", request.getMethod(), request.getRequestURI());
        request.setAttribute("badInputMessage", MESSAGE); // shown by templates/error/4xx.html
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
