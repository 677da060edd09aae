package cn.gongkai.server.publication;

import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.OrganProfiles;
import cn.gongkai.server.organs.Organs;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public portal (no login): an organ's published items and each item's page with its metadata table. */
@Controller
class PortalController {

    private final Organs organs;
    private final OrganProfiles profiles;
    private final Items items;
    private final org.thymeleaf.ITemplateEngine templates;
    private final NormativeDocuments register;
    private final AttachmentService attachments;
    private final cn.gongkai.server.catalog.CatalogService catalogs;

    PortalController(Organs organs, OrganProfiles profiles, Items items, org.thymeleaf.ITemplateEngine templates,
            NormativeDocuments register, AttachmentService attachments, cn.gongkai.server.catalog.CatalogService catalogs) {
        this.catalogs = catalogs;
        this.register = register;
        this.attachments = attachments;
        this.organs = organs;
        this.profiles = profiles;
        this.items = items;
        this.templates = templates;
    }

    /** The organ's 政府信息公开 column: the four sub-columns and its items, filtered and paged. */
    @GetMapping("/portal/{organ}")
    String organ(@PathVariable("organ") String code,
            @org.springframework.web.bind.annotation.RequestParam(name = "kind", required = false) ItemKind kind,
            @org.springframework.web.bind.annotation.RequestParam(name = "year", required = false) Integer year,
            @org.springframework.web.bind.annotation.RequestParam(name = "topic", required = false) String topic,
            @org.springframework.web.bind.annotation.RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        Organ organ = load(code, model);
        PortalQuery query = new PortalQuery(kind, year, topic, page);
        long total = items.countPublished(organ.id(), query);
        model.addAttribute("query", query);
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("items", items.published(organ.id(), query, PortalQuery.PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("byTopic", items.countsByTopic(organ.id()));
        model.addAttribute("byKind", items.countsByKind(organ.id()));
        model.addAttribute("pages", Math.max(1, (total + PortalQuery.PAGE_SIZE - 1) / PortalQuery.PAGE_SIZE));
        return "portal/organ";
    }

    /** RSS 2.0 of the organ's 20 newest items, for readers and aggregators (rendered in XML mode, escaped). */
    @GetMapping("/portal/{organ}/rss.xml")
    org.springframework.http.ResponseEntity<String> rss(@PathVariable("organ") String code,
            jakarta.servlet.http.HttpServletRequest request) {
        Organ organ = organs.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(java.util.Locale.SIMPLIFIED_CHINESE);
        context.setVariable("organ", organ);
        context.setVariable("items", items.published(organ.id(), PortalQuery.first(), PortalQuery.PAGE_SIZE));
        context.setVariable("base", request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort()));
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("application/rss+xml;charset=UTF-8"))
                .body(templates.process("portal/rss", context));
    }

    /** 政府信息公开指南, generated from the organ's data as Art. 12 lists its contents. */
    @GetMapping("/portal/{organ}/guide")
    String guide(@PathVariable("organ") String code, Model model) {
        Organ organ = load(code, model);
        model.addAttribute("profile", profiles.of(organ.id()).orElse(null));
        model.addAttribute("column", PortalSubColumn.GUIDE);
        model.addAttribute("kinds", ItemKind.values());
        return "portal/guide";
    }

    @GetMapping("/portal/{organ}/rules")
    String rules(@PathVariable("organ") String code, Model model) {
        return listed(code, model, PortalSubColumn.RULES, Set.of(ItemKind.DISCLOSURE_RULES));
    }

    /** 法定主动公开内容: the organ's catalog (areas, entries, 未涉及领域说明) and its statutory items. */
    @GetMapping("/portal/{organ}/statutory")
    String statutory(@PathVariable("organ") String code, Model model) {
        Organ organ = load(code, model);
        long organId = organ.id();
        // One read of the organ's releases serves both the statutory list and the catalog's rows.
        List<Release> all = items.published(organId);
        Set<ItemKind> kinds = Set.of(ItemKind.STATUTORY, ItemKind.NORMATIVE_DOCUMENT);
        model.addAttribute("column", PortalSubColumn.STATUTORY);
        model.addAttribute("items", all.stream().filter(i -> kinds.contains(i.content().kind())).toList());
        model.addAttribute("catalog", catalogs.of(organId));
        // Published items under each catalog entry (whatever their kind), newest first.
        java.util.Map<Long, Release> published = new java.util.HashMap<>();
        all.forEach(r -> published.put(r.itemId(), r));
        java.util.Map<Long, List<Release>> linked = new java.util.HashMap<>();
        catalogs.itemsByEntry(organId).forEach((entry, ids) -> linked.put(entry,
                ids.stream().map(published::get).filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("linked", linked);
        return "portal/statutory";
    }

    private String listed(String code, Model model, PortalSubColumn column, Set<ItemKind> kinds) {
        Organ organ = load(code, model);
        List<Release> listed = items.published(organ.id()).stream().filter(i -> kinds.contains(i.content().kind())).toList();
        model.addAttribute("column", column);
        model.addAttribute("items", listed);
        return "portal/column";
    }

    private Organ load(String code, Model model) {
        Organ organ = organs.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("organ", organ);
        model.addAttribute("subColumns", PortalSubColumn.values());
        return organ;
    }

    @GetMapping("/portal/{organ}/items/{index}")
    String item(@PathVariable("organ") String code, @PathVariable("index") String index,
            @org.springframework.web.bind.annotation.RequestParam(name = "print", required = false) String print, Model model) {
        model.addAttribute("print", print != null); // 打印版: the item without the site's header and navigation
        Organ organ = organs.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Release item = items.publishedByIndexNumber(index).filter(r -> r.organId() == organ.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("organ", organ);
        model.addAttribute("item", item);
        model.addAttribute("normative", register.of(item.itemId()).orElse(null));
        model.addAttribute("attachments", attachments.of(item));
        return "portal/item";
    }

    /** 历史版本: every published version of a corrected item, newest first, with its 更正说明. */
    @GetMapping("/portal/{organ}/items/{index}/versions")
    String versions(@PathVariable("organ") String code, @PathVariable("index") String index, Model model) {
        Organ organ = load(code, model);
        Release current = items.publishedByIndexNumber(index).filter(r -> r.organId() == organ.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("item", current);
        model.addAttribute("versions", items.versions(current.itemId()));
        return "portal/versions";
    }

    /** One earlier version as it was published, marked as not the current one. */
    @GetMapping("/portal/{organ}/items/{index}/versions/{version}")
    String version(@PathVariable("organ") String code, @PathVariable("index") String index,
            @PathVariable("version") int version, Model model) {
        Organ organ = organs.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Release current = items.publishedByIndexNumber(index).filter(r -> r.organId() == organ.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Release old = items.versions(current.itemId()).stream().filter(r -> r.version() == version).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("print", false);
        model.addAttribute("organ", organ);
        model.addAttribute("item", old);
        model.addAttribute("current", current);
        model.addAttribute("normative", register.of(old.itemId()).orElse(null));
        model.addAttribute("attachments", attachments.of(old));
        return "portal/item";
    }

    @GetMapping("/portal/{organ}/items/{index}/attachments/{id}")
    org.springframework.http.ResponseEntity<byte[]> attachment(@PathVariable("organ") String code,
            @PathVariable("index") String index, @PathVariable("id") long id) {
        Organ organ = organs.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Downloads.response(attachments.publicDownload(organ.id(), index, id));
    }
}
