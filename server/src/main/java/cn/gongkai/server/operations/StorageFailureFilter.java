package cn.gongkai.server.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A storage failure met before any controller — the session-revocation and login filters read the database on
 * every request, and after a full disk H2 answers them "database has been closed" — is the same 503 with the
 * Chinese storage message as inside (StorageShortAdvice), not a 500. First of all filters, so nothing before it
 * can turn it into a stack trace. Written without a template: the template engine's page chrome reads the
 * database too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StorageFailureFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StorageFailureFilter.class);

    private final StoragePool pool;

    StorageFailureFilter(StoragePool pool) {
        this.pool = pool;
    }

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="UTF-8"><title>暂时不能保存</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/css/app.css"></head>
            <body><main id="main"><h1>服务器存储空间不足，暂时不能保存</h1>
            <p class="alert" role="alert">平台的数据目录可用空间不足或读写出错，为保护已有数据，暂停接收提交和修改，这次操作没有完成。请先把填写的内容另行保存，过几分钟再试；如果一直如此，请联系系统管理员清理或扩充存储空间（空间恢复后无需重启即可继续使用）。</p>
            <p><a href="/">← 返回首页</a></p></main></body></html>
            """;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!StorageFailures.isStorageFailure(e) || response.isCommitted()) {
                throw e;
            }
            log.error("数据库存储失败（磁盘空间或读写错误）：{} {}：{}", request.getMethod(), request.getRequestURI(),
                    e.getClass().getSimpleName());
            pool.retireAll();
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", StorageShortAdvice.RETRY_AFTER);
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
    }
}
