package cn.gongkai.server.publication;

import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Service;

/**
 * Links and files of organs' published items that no longer resolve, checked inside the platform
 * (its own pages and files; links to other sites are not followed): an attachment whose bytes are gone,
 * an image or link in a body pointing at an item withdrawn or never published, at an attachment of
 * another item, or at a page the platform does not have. What inspectors report as 链接失效 / 图片不显示.
 * Whole counties at once: the addresses are looked up in tables read once per check, not one query per
 * link (scripts/bench assessment: 14,000 items, 42,000 links).
 */
@Service
public class LinkCheck {

    /** One link or file that does not resolve. */
    public record BrokenLink(String indexNumber, String title, String target, String reason) {
    }

    private static final Pattern ITEM = Pattern.compile("/portal/([\\w-]+)/items/([^/?#]+)(?:/attachments/(\\d+))?/?");
    private static final Pattern ORGAN_PAGE = Pattern.compile(
            "/(?:portal/([\\w-]+)(?:/(?:guide|rules|statutory|rss\\.xml|reports(?:/\\d{4}(?:\\.docx|\\.pdf)?)?))?|(?:feedback|apply)/([\\w-]+))/?");
    /** Public pages that exist without a parameter. */
    private static final Set<String> PAGES = Set.of("/", "/search", "/apply", "/check", "/feedback/status", "/apply/status");

    private final Items items;
    private final Attachments attachments;
    private final FileStore files;
    private final Organs organs;

    LinkCheck(Items items, Attachments attachments, FileStore files, Organs organs) {
        this.items = items;
        this.attachments = attachments;
        this.files = files;
        this.organs = organs;
    }

    /** The platform's own images and styles (static/, e.g. the demo's photos): they exist when the file does. */
    private static boolean isStaticFile(String path) {
        return (path.startsWith("/images/") || path.startsWith("/css/")) && !path.contains("..")
                && LinkCheck.class.getResource("/static" + path) != null;
    }

    /** Each organ's broken links, in the order given. */
    public Map<Long, List<BrokenLink>> brokenLinks(Collection<Long> organIds) {
        Lookup lookup = new Lookup();
        Map<Long, List<BrokenLink>> out = new LinkedHashMap<>();
        for (long organId : organIds) {
            List<BrokenLink> broken = new ArrayList<>();
            for (Release r : items.published(organId)) {
                for (Attachment a : lookup.attachmentsOf.getOrDefault(r.itemId(), List.of())) {
                    if (!lookup.stored(a.sha256())) {
                        broken.add(new BrokenLink(r.indexNumber(), r.content().title(), a.fileName(), "附件文件缺失"));
                    }
                }
                for (Element e : Jsoup.parseBodyFragment(r.content().bodyHtml()).select("a[href], img[src]")) {
                    String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    String reason = lookup.problem(target);
                    if (reason != null) {
                        broken.add(new BrokenLink(r.indexNumber(), r.content().title(), target,
                                (e.tagName().equals("img") ? "图片" : "链接") + reason));
                    }
                }
            }
            out.put(organId, broken);
        }
        return out;
    }

    /** The platform's addresses, read once per check. */
    private final class Lookup {

        final Map<String, Long> organByCode = organs.all().stream().collect(Collectors.toMap(Organ::code, Organ::id));
        final Map<String, long[]> published = items.publishedIndex();
        final Map<Long, Attachment> attachmentById;
        final Map<Long, List<Attachment>> attachmentsOf;
        final Map<String, Boolean> stored = new HashMap<>();

        Lookup() {
            List<Attachment> all = attachments.all();
            attachmentById = all.stream().collect(Collectors.toMap(Attachment::id, Function.identity()));
            attachmentsOf = all.stream().collect(Collectors.groupingBy(Attachment::itemId));
        }

        boolean stored(String sha) {
            return stored.computeIfAbsent(sha, files::has);
        }

        /** Why an address inside the platform does not resolve; null when it does or points elsewhere. */
        String problem(String target) {
            String path;
            try {
                URI uri = new URI(target.strip());
                if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null
                        || !uri.getRawPath().startsWith("/")) {
                    return null; // another site, mailto:, or relative: not ours to check
                }
                path = uri.getPath();
            } catch (URISyntaxException e) {
                return "地址写法有误";
            }
            if (PAGES.contains(path) || isStaticFile(path)) {
                return null;
            }
            Matcher item = ITEM.matcher(path);
            if (item.matches()) {
                Long organ = organByCode.get(item.group(1));
                long[] where = published.get(item.group(2));
                if (organ == null || where == null || where[0] != organ) {
                    return "指向的信息已撤回或不存在";
                }
                if (item.group(3) == null) {
                    return null;
                }
                Attachment a = item.group(3).length() > 18 ? null : attachmentById.get(Long.parseLong(item.group(3)));
                if (a == null || a.itemId() != where[1]) {
                    return "指向的附件不存在";
                }
                return stored(a.sha256()) ? null : "指向的附件文件缺失";
            }
            Matcher page = ORGAN_PAGE.matcher(path);
            if (page.matches()) {
                String code = page.group(1) != null ? page.group(1) : page.group(2);
                return organByCode.containsKey(code) ? null : "指向的机关页面不存在";
            }
            return "指向平台内不存在的页面";
        }
    }
}
