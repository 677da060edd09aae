package cn.gongkai.server.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Rendered portal pages are cached for the public and dropped when an item is published or withdrawn. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:cache-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class PortalPageCacheTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationService service;

    @Autowired
    PortalPageCache cache;

    @Test
    void aNewPublicationIsVisibleAtOnceDespiteTheCache() throws Exception {
        mvc.perform(get("/portal/gaoping")).andExpect(content().string(containsString("暂无符合条件的信息")));
        assertThat(cache.size()).isPositive();
        String etag = mvc.perform(get("/portal/gaoping")).andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/portal/gaoping").header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get("/portal/gaoping")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                .header().string("Cache-Control", "public, no-cache"));

        Item item = publish("高平镇召开春耕生产推进会");
        assertThat(cache.size()).as("publishing empties the cache").isZero();
        mvc.perform(get("/portal/gaoping")).andExpect(content().string(containsString("高平镇召开春耕生产推进会")));

        service.withdraw(staff("gaoping.admin", Role.ORGAN_ADMIN), item.id(), "内容有误");
        mvc.perform(get("/portal/gaoping")).andExpect(content().string(containsString("暂无符合条件的信息")));
    }

    @Test
    void aPageFromTheCacheKeepsTheSecurityHeadersOfTheRenderedOne() throws Exception {
        var rendered = mvc.perform(get("/portal/binggu/guide")).andReturn().getResponse();
        var cached = mvc.perform(get("/portal/binggu/guide")).andReturn().getResponse();
        assertThat(cache.size()).isPositive();
        assertThat(cached.getContentAsString()).isEqualTo(rendered.getContentAsString());
        assertThat(cached.getHeader("Content-Security-Policy")).contains("script-src 'none'")
                .isEqualTo(rendered.getHeader("Content-Security-Policy"));
        assertThat(cached.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(cached.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(cached.getContentType()).isEqualTo(rendered.getContentType());
        assertThat(cached.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void signedInStaffAreNeverServedAnotherPersonsPage() throws Exception {
        mvc.perform(get("/portal/puwei"));
        MockHttpSession staff = (MockHttpSession) mvc.perform(formLogin().user("puwei.drafter").password("Gongkai-Demo-2026"))
                .andReturn().getRequest().getSession(false);
        mvc.perform(get("/portal/puwei").session(staff)).andExpect(content().string(containsString("撰稿人")));
        mvc.perform(get("/portal/puwei")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("撰稿人"))));
    }

    private Item publish(String title) {
        StaffUser drafter = staff("gaoping.drafter", Role.DRAFTER);
        Item item = service.create(drafter, new ItemContent(title, ItemKind.WORK_NEWS, null, LocalDate.now(), null, "<p>x</p>"));
        service.submit(drafter, item.id(), null);
        service.approve(staff("gaoping.reviewer1", Role.FIRST_REVIEWER), item.id(), "不涉密");
        service.approve(staff("gaoping.reviewer2", Role.SECOND_REVIEWER), item.id(), "");
        return service.approve(staff("gaoping.reviewer3", Role.FINAL_REVIEWER), item.id(), "");
    }

    private static StaffUser staff(String username, Role role) {
        return new StaffUser(0, username, username, 12, EnumSet.of(role), "", true, false);
    }
}
