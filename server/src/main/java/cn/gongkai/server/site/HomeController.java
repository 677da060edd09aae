package cn.gongkai.server.site;

import cn.gongkai.report.model.OrganKind;
import cn.gongkai.server.annualreport.ReportPublication;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.publication.PortalReleases;
import cn.gongkai.server.publication.Release;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The county's 政府信息公开 home (/ and /portal): the organ directory grouped as county portals group it
 * (县政府; 县政府部门; 乡镇（街道）) with each organ's count, the newest items across organs, the fixed
 * columns, search, 依申请公开, 投诉建议 and the annual reports published on the platform.
 */
@Controller
class HomeController {

    /** One line of the newest items: the release and the organ it belongs to. */
    record Newest(Release release, Organ organ) {
    }

    /** A published annual report in the home's list. */
    record PublishedReport(Organ organ, int year, String publishedOn) {
    }

    static final int NEWEST = 15;

    private final Organs organs;
    private final PortalReleases releases;
    private final ReportPublication reports;

    HomeController(Organs organs, PortalReleases releases, ReportPublication reports) {
        this.organs = organs;
        this.releases = releases;
        this.reports = reports;
    }

    @GetMapping({"/", "/portal", "/portal/"})
    String home(Model model) {
        List<Organ> all = organs.all();
        Map<Long, Organ> byId = new java.util.HashMap<>();
        all.forEach(o -> byId.put(o.id(), o));
        model.addAttribute("groups", groups(all));
        model.addAttribute("counts", releases.countsByOrgan());
        model.addAttribute("county", all.stream().filter(o -> o.kind() == OrganKind.COUNTY).findFirst().orElse(null));
        model.addAttribute("newest", releases.newest(NEWEST).stream().filter(r -> byId.containsKey(r.organId()))
                .map(r -> new Newest(r, byId.get(r.organId()))).toList());
        List<PublishedReport> published = new ArrayList<>();
        for (Organ o : all) {
            reports.publishedOf(o.id()).forEach(v -> published.add(new PublishedReport(o, v.year(),
                    v.publishedOn() == null ? "" : v.publishedOn().toString())));
        }
        published.sort(Comparator.comparing(PublishedReport::year).reversed().thenComparing(p -> p.organ().id()));
        model.addAttribute("reports", published);
        return "site/home";
    }

    /** 网站地图: every organ with its columns. */
    @GetMapping("/sitemap")
    String siteMap(Model model) {
        model.addAttribute("groups", groups(organs.all()));
        model.addAttribute("subColumns", cn.gongkai.server.publication.PortalSubColumn.values());
        return "site/sitemap";
    }

    /** 联系我们: the site's host and contact (gongkai.site.*). */
    @GetMapping("/contact")
    String contact() {
        return "site/contact";
    }

    /** 县政府, 县政府部门, 乡镇（街道）, in that order; a group with no organ is left out. */
    static Map<String, List<Organ>> groups(List<Organ> all) {
        Map<String, List<Organ>> groups = new LinkedHashMap<>();
        groups.put("县政府", new ArrayList<>());
        groups.put("县政府部门", new ArrayList<>());
        groups.put("乡镇（街道）", new ArrayList<>());
        groups.put("其他机关", new ArrayList<>());
        for (Organ o : all) {
            String group = switch (o.kind()) {
                case COUNTY -> "县政府";
                case DEPARTMENT -> "县政府部门";
                case TOWNSHIP, SUBDISTRICT -> "乡镇（街道）";
                default -> "其他机关";
            };
            groups.get(group).add(o);
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }
}
