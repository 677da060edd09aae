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
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A cache of rendered public portal pages: a GET of /portal/… from a visitor without a session is
 * served from memory when the same page (path, query and text size) was rendered before, and every
 * page is dropped when something the portal shows changes. It runs before Spring Security: a request
 * without a session cookie cannot be signed in (form login only, no basic auth), and the headers the
 * security chain wrote when the page was rendered (CSP and the rest) are kept and sent again with it.
 * Staff (with a session) always get a freshly rendered page. Only pages (HTML, RSS) are kept, never
 * downloads; bounded to {@link #MAX_PAGES} pages of at most 1 MB and {@link #MAX_TOTAL_BYTES} in all.
 */
@Component
@org.springframework.core.annotation.Order(-200) // before Spring Security (-100)
class PortalPageCache extends OncePerRequestFilter {

    static final int MAX_PAGES = 5_000;
    private static final int MAX_BYTES = 1 << 20;
    /** All cached pages together stay under this many bytes. */
    static final long MAX_TOTAL_BYTES = 64L << 20;
    /** Headers of the rendered page that belong to that one response, not to the page. */
    private static final java.util.Set<String> NOT_KEPT = java.util.Set.of("set-cookie", "date", "content-length",
            "transfer-encoding", "connection", "keep-alive");

    private record Page(byte[] body, java.util.List<String[]> headers, String etag) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
    /** Counts the clearings: a page rendered before one (from the old data) is never kept after it. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/portal/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasSession(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        Page page = pages.get(key);
        if (page != null) {
            for (String[] h : page.headers()) {
                response.addHeader(h[0], h[1]);
            }
            if (page.etag().equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        // Public pages may be kept by browsers and proxies but must be revalidated (ETag → 304), so a
        // publication shows at once; set before Spring Security's default no-store is written.
        response.setHeader("Cache-Control", "public, no-cache");
        long renderedIn = generation.get();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        byte[] body = wrapper.getContentAsByteArray();
        String etag = wrapper.getHeader("ETag");
        String type = wrapper.getContentType();
        boolean isPage = type != null && (type.startsWith("text/html") || type.startsWith("application/rss+xml"));
        if (isPage && wrapper.getStatus() == 200 && etag != null && body.length <= MAX_BYTES && pages.size() < MAX_PAGES
                && bytes.get() + body.length <= MAX_TOTAL_BYTES
                && generation.get() == renderedIn) {
            Page rendered = new Page(body, headers(response), etag);
            if (pages.putIfAbsent(key, rendered) == null) {
                bytes.addAndGet(body.length);
                if (generation.get() != renderedIn && pages.remove(key, rendered)) { // cleared meanwhile
                    bytes.addAndGet(-body.length);
                }
            }
        }
        wrapper.copyBodyToResponse();
    }

    private static java.util.List<String[]> headers(HttpServletResponse response) {
        java.util.List<String[]> kept = new java.util.ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    kept.add(new String[] {name, value});
                }
            }
        }
        return kept;
    }

    /** A session (cookie or one already attached) may be a signed-in person's: never served from the cache. */
    private static boolean hasSession(HttpServletRequest request) {
        return request.getRequestedSessionId() != null || request.getSession(false) != null;
    }

    /** Empties the cache once the change that affects the portal has committed. */
    @TransactionalEventListener
    void portalChanged(PortalChanged event) {
        clearAll();
    }

    /** Also when another instance changed the portal ({@link PortalChangeNotifications}). */
    void clearAll() {
        generation.incrementAndGet();
        pages.clear();
        bytes.set(0);
    }

    int size() {
        return pages.size();
    }

    private static String key(HttpServletRequest request) {
        String size = "normal";
        String mode = "standard";
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if ("gongkai-text".equals(c.getName())) {
                    size = "large".equals(c.getValue()) ? "large" : "normal";
                } else if ("gongkai-mode".equals(c.getName())) {
                    mode = "contrast".equals(c.getValue()) || "text".equals(c.getValue()) ? c.getValue() : "standard";
                }
            }
        }
        size = size + "/" + mode; // each display is a page of its own
        String query = request.getQueryString();
        return size + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
