package cn.gongkai.server.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The county's site as a first-time visitor finds it: the home, its directory, the site's own files. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:site-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SiteTests {

    @Autowired
    MockMvc mvc;

    private MvcResult fetch(String path) throws Exception {
        return mvc.perform(get(path)).andReturn();
    }

    private Document page(String path) throws Exception {
        MvcResult r = fetch(path);
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theHomeLinksEveryOrganOfTheDemoCountyInItsGroup() throws Exception {
        Document home = page("/");
        // The demo county (README 演示账号): the county government, two departments, five townships.
        assertThat(home.select("h3").eachText()).containsExactly("县政府", "县政府部门", "乡镇（街道）");
        assertThat(home.select(".organ-group a").eachAttr("href")).containsExactly("/portal/miyi", "/portal/miyi-education",
                "/portal/miyi-justice", "/portal/puwei", "/portal/gaoping", "/portal/baipo", "/portal/xiaopu", "/portal/binggu");
        assertThat(home.select("form[role=search]").attr("action")).isEqualTo("/search");
        assertThat(home.select("a[href=/apply]")).isNotEmpty();
        assertThat(home.select("a[href=/feedback/miyi]")).isNotEmpty();
        assertThat(home.select("a[href=/check]").eachText()).contains("年报体检");
        assertThat(page("/portal").select(".organ-group a")).hasSize(8);
    }

    @Test
    void theFooterCarriesTheInstallationsChromeAndNoDeveloperText() throws Exception {
        Document home = page("/");
        String footer = home.select("footer").text();
        assertThat(footer).contains("主办单位：米易县人民政府办公室", "网站标识码", "ICP备", "公网安备", "网站地图", "联系我们");
        assertThat(home.html()).doesNotContain("docs/rules.md").doesNotContain("Gongkai");
        assertThat(home.title()).isEqualTo("首页 - 米易县人民政府 政府信息公开");
        assertThat(page("/contact").text()).contains("0812-8110000");
        assertThat(page("/sitemap").select("a[href=/portal/binggu/guide]")).isNotEmpty();
    }

    @Test
    void robotsAndSitemapArePublicForSearchEngines() throws Exception {
        MvcResult robots = fetch("/robots.txt");
        assertThat(robots.getResponse().getStatus()).isEqualTo(200);
        assertThat(robots.getResponse().getContentAsString()).contains("Disallow: /workspace", "Sitemap: http://localhost/sitemap.xml");
        MvcResult sitemap = fetch("/sitemap.xml");
        assertThat(sitemap.getResponse().getStatus()).isEqualTo(200);
        assertThat(sitemap.getResponse().getContentType()).startsWith("application/xml");
        assertThat(sitemap.getResponse().getContentAsString()).contains("<loc>http://localhost/portal/puwei</loc>",
                "<loc>http://localhost/portal/puwei/reports</loc>");
        assertThat(fetch("/favicon.ico").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void anUnknownAddressIsThePortals404AndStaffPagesStillAskForALogin() throws Exception {
        MvcResult unknown = mvc.perform(get("/no-such-page")).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        MvcResult staff = fetch("/workspace");
        assertThat(staff.getResponse().getStatus()).isEqualTo(302);
        assertThat(staff.getResponse().getRedirectedUrl()).endsWith("/login");
    }
}
