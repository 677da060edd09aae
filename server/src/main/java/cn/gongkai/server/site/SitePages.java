package cn.gongkai.server.site;

import cn.gongkai.report.json.ReportJson;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.server.annualreport.ReportPublication;
import cn.gongkai.server.catalog.CatalogEntry;
import cn.gongkai.server.catalog.CatalogService;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.OrganProfile;
import cn.gongkai.server.organs.OrganProfiles;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.search.PageSource;
import cn.gongkai.server.shared.PortalChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The public pages that are not items, for 信息检索: each organ's 政府信息公开指南 (from its profile) and
 * 政府信息公开制度 page, its published annual reports (their sections' text) and its 公开目录 entries. A few
 * dozen pages, read once and kept until the portal changes (an organ's pages or a report published).
 */
@Component
class SitePages implements PageSource {

    /** A page as searched: its hit, and its text lower-cased once. */
    private record Page(long organId, PageHit hit, String text) {
    }

    private final Organs organs;
    private final OrganProfiles profiles;
    private final ReportPublication reports;
    private final CatalogService catalogs;
    private volatile @Nullable List<Page> pages;

    SitePages(Organs organs, OrganProfiles profiles, ReportPublication reports, CatalogService catalogs) {
        this.organs = organs;
        this.profiles = profiles;
        this.reports = reports;
        this.catalogs = catalogs;
    }

    @EventListener
    void portalChanged(PortalChanged event) {
        if (!event.concernsAnItem()) {
            pages = null;
        }
    }

    @Override
    public List<PageHit> find(List<String> terms, @Nullable Long organId, int limit) {
        List<PageHit> out = new ArrayList<>();
        for (Page p : all()) {
            if (out.size() >= limit) {
                break;
            }
            if ((organId == null || p.organId() == organId) && terms.stream().allMatch(p.text()::contains)) {
                out.add(p.hit());
            }
        }
        return out;
    }

    private List<Page> all() {
        List<Page> cached = pages;
        if (cached != null) {
            return cached;
        }
        List<Page> built = new ArrayList<>();
        for (Organ o : organs.all()) {
            String base = "/portal/" + o.code();
            OrganProfile profile = profiles.of(o.id()).orElse(null);
            String contact = profile == null ? "" : String.join(" ", profile.officeName(), nz(profile.address()),
                    nz(profile.officeHours()), nz(profile.phone()), nz(profile.email()), nz(profile.guideNote()));
            add(built, o, "公开指南", o.name() + "政府信息公开指南", base + "/guide",
                    "政府信息的分类、编排体系、获取方式，政府信息公开工作机构的名称、办公地址、办公时间、联系电话。" + contact, "");
            add(built, o, "公开制度", o.name() + " 政府信息公开制度", base + "/rules", "本机关政府信息公开的工作制度。", "");
            for (var v : reports.publishedOf(o.id())) {
                AnnualReport r = ReportJson.read(v.reportJson()).report();
                StringBuilder text = new StringBuilder();
                r.sections().values().forEach(s -> text.append(s).append(' '));
                add(built, o, "年度报告", o.name() + v.year() + "年政府信息公开工作年度报告", base + "/reports/" + v.year(),
                        text.toString(), v.publishedOn() == null ? "" : v.publishedOn().toString());
            }
            var catalog = catalogs.of(o.id());
            for (var area : catalog.selectedAreas()) {
                for (CatalogEntry e : catalog.entriesOf(area.code())) {
                    add(built, o, "公开目录", o.name() + " " + area.name() + "：" + e.firstLevel()
                            + (e.secondLevel() == null ? "" : "／" + e.secondLevel()), base + "/statutory",
                            String.join(" ", nz(e.contentElements()), nz(e.basis()), e.timeLimit(), e.subject()), "");
                }
            }
        }
        pages = List.copyOf(built);
        return built;
    }

    private static void add(List<Page> pages, Organ o, String what, String title, String url, String text, String date) {
        String extract = text.length() > 120 ? text.substring(0, 120) + "……" : text;
        // 年报 is how visitors say 年度报告; 指南 finds the guide.
        String keywords = "年度报告".equals(what) ? " 年报" : "公开指南".equals(what) ? " 指南" : "";
        pages.add(new Page(o.id(), new PageHit(what, title, url, extract.strip(), date),
                (title + " " + what + keywords + " " + text).toLowerCase(Locale.ROOT)));
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
