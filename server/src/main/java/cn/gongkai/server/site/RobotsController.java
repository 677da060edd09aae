package cn.gongkai.server.site;

import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.publication.PortalReleases;
import cn.gongkai.server.publication.PortalSubColumn;
import cn.gongkai.server.publication.Release;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * robots.txt and sitemap.xml for search engines: the public site may be crawled, the staff workspace
 * and the login not; the site map lists the home, every organ's column and sub-columns and every published
 * item (at most {@value #MAX_URLS} addresses, the sitemaps.org limit of one file).
 */
@Controller
class RobotsController {

    static final int MAX_URLS = 50_000;
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

    private final Organs organs;
    private final PortalReleases releases;

    RobotsController(Organs organs, PortalReleases releases) {
        this.organs = organs;
        this.releases = releases;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletRequest request) {
        String body = "User-agent: *\nDisallow: /workspace\nDisallow: /login\nDisallow: /check/\nAllow: /\n\nSitemap: "
                + base(request) + "/sitemap.xml\n";
        return ResponseEntity.ok().contentType(TEXT).body(body);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        String base = base(request);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        int[] n = {0};
        url(xml, base + "/", null, n);
        Map<Long, Organ> byId = new java.util.HashMap<>();
        for (Organ o : organs.all()) {
            byId.put(o.id(), o);
            url(xml, base + "/portal/" + o.code(), null, n);
            for (PortalSubColumn c : PortalSubColumn.values()) {
                url(xml, base + "/portal/" + o.code() + "/" + c.getPath(), null, n);
            }
        }
        long after = 0;
        List<Release> batch;
        while (n[0] < MAX_URLS && !(batch = releases.after(after, 1000)).isEmpty()) {
            for (Release r : batch) {
                Organ o = byId.get(r.organId());
                if (o != null) {
                    url(xml, base + "/portal/" + o.code() + "/items/" + r.indexNumber(), r.versionPublishedOn().toString(), n);
                }
            }
            after = batch.getLast().itemId();
        }
        return ResponseEntity.ok().contentType(XML).body(xml.append("</urlset>\n").toString());
    }

    private static void url(StringBuilder xml, String loc, @org.jspecify.annotations.Nullable String lastmod, int[] n) {
        if (n[0] >= MAX_URLS) {
            return;
        }
        n[0]++;
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(loc)).append("</loc>");
        if (lastmod != null) {
            xml.append("<lastmod>").append(lastmod).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    /** The address the visitor used (behind the proxy, its forwarded one). */
    private static String base(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean usual = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (usual ? "" : ":" + port) + request.getContextPath();
    }
}
