package cn.gongkai.server.publication;

import cn.gongkai.server.shared.PortalChanged;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A cache of rendered public portal pages: an anonymous GET of /portal/… is served from memory when
 * the same page (path, query and text size) was rendered before, and every page is dropped when an
 * item is published, corrected or withdrawn. Signed-in staff are never served from the cache (their
 * pages show their name). Only pages (HTML, RSS) are kept, never downloads; bounded to
 * {@link #MAX_PAGES} pages of at most 1 MB and {@link #MAX_TOTAL_BYTES} in all.
 */
@Component
@org.springframework.core.annotation.Order(0) // after Spring Security (-100), around the ETag filter (last)
class PortalPageCache extends OncePerRequestFilter {

    static final int MAX_PAGES = 5_000;
    private static final int MAX_BYTES = 1 << 20;
    /** All cached pages together stay under this many bytes. */
    static final long MAX_TOTAL_BYTES = 64L << 20;

    private record Page(byte[] body, String contentType, String etag) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/portal/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!anonymous()) {
            chain.doFilter(request, response);
            return;
        }
        // Public pages may be kept by browsers and proxies but must be revalidated (ETag → 304), so a
        // publication shows at once; set before Spring Security's default no-store is written.
        response.setHeader("Cache-Control", "public, no-cache");
        String key = key(request);
        Page page = pages.get(key);
        if (page != null) {
            if (page.etag().equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                response.setHeader("ETag", page.etag());
                return;
            }
            response.setContentType(page.contentType());
            response.setHeader("ETag", page.etag());
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        byte[] body = wrapper.getContentAsByteArray();
        String etag = wrapper.getHeader("ETag");
        String type = wrapper.getContentType();
        boolean isPage = type != null && (type.startsWith("text/html") || type.startsWith("application/rss+xml"));
        if (isPage && wrapper.getStatus() == 200 && etag != null && body.length <= MAX_BYTES && pages.size() < MAX_PAGES
                && bytes.get() + body.length <= MAX_TOTAL_BYTES && pages.putIfAbsent(key, new Page(body, type, etag)) == null) {
            bytes.addAndGet(body.length);
        }
        wrapper.copyBodyToResponse();
    }

    /** Empties the cache once the change that affects the portal has committed. */
    @TransactionalEventListener
    void portalChanged(PortalChanged event) {
        pages.clear();
        bytes.set(0);
    }

    int size() {
        return pages.size();
    }

    private static boolean anonymous() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || a instanceof AnonymousAuthenticationToken;
    }

    private static String key(HttpServletRequest request) {
        String size = "normal";
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if ("gongkai-text".equals(c.getName())) {
                    size = "large".equals(c.getValue()) ? "large" : "normal";
                }
            }
        }
        String query = request.getQueryString();
        return size + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
