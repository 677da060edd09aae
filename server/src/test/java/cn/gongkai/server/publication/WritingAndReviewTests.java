package cn.gongkai.server.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Ledger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Attachments of drafts (delete, alternative text, caption), a correction reviewed against the
 * published version and shown with its 更正说明 and earlier versions, and 定时发布 with a clock the test
 * moves. Dates are China time; the Art. 26 deadlines are counted by hand in the comments.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:writing-review-test;DB_CLOSE_DELAY=-1",
        "gongkai.publication.scheduled-every=PT1H"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Config.class)
@DirtiesContext
class WritingAndReviewTests {

    private static final long PUWEI = 11;
    private static final StaffUser DRAFTER = staff("puwei.drafter", Role.DRAFTER);

    @Autowired
    PublicationService service;

    @Autowired
    AttachmentService attachments;

    @Autowired
    ScheduledPublication scheduler;

    @Autowired
    PublicationDeadline deadlines;

    @Autowired
    Items items;

    @Autowired
    Ledger ledger;

    @Autowired
    MovableClock clock;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void tuesdayMorning() {
        clock.set(LocalDateTime.of(2026, 12, 1, 10, 0));
    }

    @Test
    void aDraftsAttachmentIsDeletedAndDescribedButAPublishedOneStays() throws Exception {
        Item item = draft("附件编辑", ItemKind.WORK_NEWS, null);
        Attachment photo = attachments.attach(DRAFTER, item.id(), "IMG_0001.png", DocxFixtures.png(1));
        Attachment extra = attachments.attach(DRAFTER, item.id(), "多余.png", DocxFixtures.png(2));
        assertThat(photo.needsAltText()).isTrue();
        attachments.describe(DRAFTER, photo.id(), "普威镇芒果采摘现场", "图为村民采摘芒果");
        attachments.delete(DRAFTER, extra.id());
        assertThat(attachments.of(item)).extracting(Attachment::fileName).containsExactly("IMG_0001.png");
        assertThat(ledger.forSubject("item", Long.toString(item.id()))).extracting(e -> e.action())
                .contains("attachment-describe", "attachment-delete");
        // a reviewer, or a drafter of another organ, may do neither
        assertThatThrownBy(() -> attachments.describe(staff("puwei.reviewer1", Role.FIRST_REVIEWER), photo.id(), "x", "y"))
                .hasMessage("只有本机关撰稿人可以修改附件说明");
        StaffUser stranger = new StaffUser(0, "gaoping.drafter", "x", 12, EnumSet.of(Role.DRAFTER), "", true, false);
        assertThatThrownBy(() -> attachments.delete(stranger, photo.id())).isInstanceOf(ItemNotFoundException.class);

        publish(item);
        String index = items.byId(item.id()).orElseThrow().indexNumber();
        var page = Jsoup.parse(mvc.perform(get("/portal/puwei/items/" + index)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".images img").attr("alt")).isEqualTo("普威镇芒果采摘现场");
        assertThat(page.select(".images figcaption").text()).isEqualTo("图为村民采摘芒果");
        assertThatThrownBy(() -> attachments.delete(DRAFTER, photo.id())).hasMessageContaining("只有草稿或已退回的信息可以删除附件");

        // in a correction the published file stays; a new one is not public before the new version is
        service.correct(DRAFTER, item.id());
        assertThatThrownBy(() -> attachments.delete(DRAFTER, photo.id())).hasMessageContaining("属于已发布的第 1 版，不能删除");
        Attachment added = attachments.attach(DRAFTER, item.id(), "补充.png", DocxFixtures.png(3));
        mvc.perform(get("/portal/puwei/items/" + index + "/attachments/" + added.id())).andExpect(status().isNotFound());
        attachments.delete(DRAFTER, added.id());
    }

    @Test
    void aCorrectionIsReviewedAgainstThePublishedVersionAndShownWithItsNote() throws Exception {
        Item item = draft("普威镇便民服务中心开放时间", ItemKind.NOTICE, null);
        service.edit(DRAFTER, item.id(), new ItemContent("普威镇便民服务中心开放时间", ItemKind.NOTICE, "普府发〔2026〕7号",
                LocalDate.of(2026, 11, 30), null, "开放时间为每日9:00至17:00。\n节假日休息。"));
        publish(item);
        service.correct(DRAFTER, item.id());
        service.edit(DRAFTER, item.id(), new ItemContent("普威镇便民服务中心开放时间", ItemKind.NOTICE, "普府发〔2026〕8号",
                LocalDate.of(2026, 11, 30), null, "开放时间为每日8:30至17:00。\n节假日休息。"));
        assertThatThrownBy(() -> service.submit(DRAFTER, item.id(), null)).hasMessageContaining("请先在“更正说明”中写明");
        service.noteCorrection(DRAFTER, item.id(), "更正开放时间（原为9:00，应为8:30）和文号");
        service.submit(DRAFTER, item.id(), null);

        Item inReview = items.byId(item.id()).orElseThrow();
        VersionComparison.Comparison c = VersionComparison.of(items.currentRelease(item.id()).orElseThrow(), inReview.content());
        assertThat(c.fields()).filteredOn(VersionComparison.Field::changed).extracting(VersionComparison.Field::name)
                .containsExactly("文号");
        // by hand: "9:00" → "8:30": the 9 and the first 0 differ, ":" stays; the second paragraph is equal
        assertThat(c.body()).extracting(VersionComparison.Block::kind).containsExactly("CHANGE", "EQUAL");
        assertThat(c.body().get(0).html()).contains("<del>").contains("<ins>").startsWith("开放时间为每日");

        var reviewer = cn.gongkai.server.DemoLogin.session(mvc, "puwei.reviewer1");
        var page = Jsoup.parse(mvc.perform(get("/workspace/items/" + item.id()).session(reviewer)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".comparison h2").text()).isEqualTo("与已发布的第 1 版对比");
        assertThat(page.select(".comparison tr.changed").text()).contains("普府发〔2026〕7号").contains("普府发〔2026〕8号");
        assertThat(page.select(".comparison ol.diff del")).isNotEmpty();
        assertThat(page.select(".comparison").text()).contains("更正说明：更正开放时间（原为9:00，应为8:30）和文号");
        assertThat(page.select(".overview").text()).contains("普府发〔2026〕8号").contains("2026-11-30").contains("通知公告");

        approveAll(item);
        Release current = items.currentRelease(item.id()).orElseThrow();
        String index = current.indexNumber();
        var portal = Jsoup.parse(mvc.perform(get("/portal/puwei/items/" + index)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(portal.select(".metadata").text()).contains("第 2 版").contains("更正说明：更正开放时间（原为9:00，应为8:30）和文号");
        assertThat(portal.select(".metadata a").attr("href")).isEqualTo("/portal/puwei/items/" + index + "/versions");
        var versions = Jsoup.parse(mvc.perform(get("/portal/puwei/items/" + index + "/versions")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(versions.select("table.versions tbody tr")).hasSize(2);
        assertThat(versions.select("table.versions tbody tr").get(1).text()).contains("第 1 版").contains("首次发布");
        var first = Jsoup.parse(mvc.perform(get("/portal/puwei/items/" + index + "/versions/1")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(first.select("article.body").text()).contains("9:00");
        assertThat(first.select("p.alert").text()).contains("已被更正，不是现行版本");
        mvc.perform(get("/portal/puwei/items/" + index + "/versions/3")).andExpect(status().isNotFound());
    }

    @Test
    void theFindingsAndTheDraftersReasonAreOnTheReviewersPage() throws Exception {
        Item item = draft("联系方式", ItemKind.WORK_NEWS, null);
        service.edit(DRAFTER, item.id(), new ItemContent("联系方式", ItemKind.WORK_NEWS, null, null, null,
                "咨询电话13800138000。"));
        service.submit(DRAFTER, item.id(), "这是单位公开的值班手机，不属于个人信息");
        var reviewer = cn.gongkai.server.DemoLogin.session(mvc, "puwei.reviewer1");
        var page = Jsoup.parse(mvc.perform(get("/workspace/items/" + item.id()).session(reviewer)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".overview ol.findings li").text()).contains("个人信息").contains("13800138000");
        assertThat(page.select(".override-reason").text()).contains("这是单位公开的值班手机，不属于个人信息");
        assertThat(page.select(".overview").text()).doesNotContain("{").doesNotContain("PERSONAL_DATA");
    }

    @Test
    void aScheduledItemIsPublishedOnceWhenItsTimeComesAndArt26CountsFromThen() throws Exception {
        // 成文 Tuesday 2026-12-01; 20 working days from the next day, by hand: Dec 2,3,4 (3), 7-11 (8),
        // 14-18 (13), 21-25 (18), 28 (19), 29 (20): the deadline is Tuesday 2026-12-29.
        Item item = draft("普威镇2026年冬季防火通告", ItemKind.STATUTORY, LocalDate.of(2026, 12, 1));
        assertThat(deadlines.of(item).date()).isEqualTo(LocalDate.of(2026, 12, 29));
        service.submit(DRAFTER, item.id(), null);
        service.approve(staff("puwei.reviewer1", Role.FIRST_REVIEWER), item.id(), "不涉密");
        service.approve(staff("puwei.reviewer2", Role.SECOND_REVIEWER), item.id(), "");
        StaffUser last = staff("puwei.reviewer3", Role.FINAL_REVIEWER);
        assertThatThrownBy(() -> service.approve(last, item.id(), "", at(2026, 12, 1, 9, 0)))
                .hasMessageContaining("已经过去");
        assertThatThrownBy(() -> service.approve(last, item.id(), "", at(2026, 12, 30, 9, 0)))
                .hasMessageContaining("《条例》第二十六条：该信息应于 2026年12月29日 前公开");
        service.approve(last, item.id(), "", at(2026, 12, 29, 9, 0));
        Item scheduled = items.byId(item.id()).orElseThrow();
        assertThat(scheduled.status()).isEqualTo(ItemStatus.SCHEDULED);
        assertThat(scheduled.publishedOn()).isNull();
        assertThat(scheduler.publishDue()).isZero(); // not yet: still 1 December
        assertThat(items.currentRelease(item.id())).isEmpty();

        clock.set(LocalDateTime.of(2026, 12, 29, 9, 1));
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = scheduler::publishDue;
            Future<Integer> a = two.submit(run);
            Future<Integer> b = two.submit(run);
            assertThat(a.get() + b.get()).isEqualTo(1); // two instances at once: published once
        } finally {
            two.shutdown();
        }
        Item published = items.byId(item.id()).orElseThrow();
        assertThat(published.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(published.publishedOn()).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(published.indexNumber()).startsWith("puwei-2026-");
        assertThat(items.releaseCount(item.id())).isEqualTo(1);
        assertThat(deadlines.of(published).overdue()).isFalse(); // published on the last day: on time
        assertThat(ledger.forSubject("item", Long.toString(item.id()))).extracting(e -> e.action())
                .contains("schedule", "scheduled-publish");
        assertThat(scheduler.publishDue()).isZero(); // a later run finds nothing
    }

    @Test
    void aScheduledItemCanBeStoppedBeforeItsTimeAndGoesBackToTheDrafter() {
        Item item = draft("有误的通知", ItemKind.NOTICE, null);
        service.submit(DRAFTER, item.id(), null);
        service.approve(staff("puwei.reviewer1", Role.FIRST_REVIEWER), item.id(), "不涉密");
        service.approve(staff("puwei.reviewer2", Role.SECOND_REVIEWER), item.id(), "");
        service.approve(staff("puwei.reviewer3", Role.FINAL_REVIEWER), item.id(), "", at(2026, 12, 2, 9, 0));
        assertThatThrownBy(() -> service.cancelSchedule(DRAFTER, item.id(), "写错了"))
                .hasMessage("只有终审或本机关管理员可以取消定时发布");
        service.cancelSchedule(staff("puwei.reviewer3", Role.FINAL_REVIEWER), item.id(), "日期写错");
        Item back = items.byId(item.id()).orElseThrow();
        assertThat(back.status()).isEqualTo(ItemStatus.RETURNED);
        assertThat(back.returnComment()).isEqualTo("取消定时发布：日期写错");
        clock.set(LocalDateTime.of(2026, 12, 2, 9, 30));
        assertThat(scheduler.publishDue()).isZero();
        assertThat(items.currentRelease(item.id())).isEmpty();
    }

    private static OffsetDateTime at(int y, int m, int d, int h, int min) {
        return Schedules.chinaTime(LocalDateTime.of(y, m, d, h, min));
    }

    private Item draft(String title, ItemKind kind, LocalDate writtenOn) {
        return service.create(DRAFTER, new ItemContent(title, kind, null, writtenOn, null, "<p>正文</p>"));
    }

    private void publish(Item item) {
        service.submit(DRAFTER, item.id(), null);
        approveAll(item);
    }

    private void approveAll(Item item) {
        service.approve(staff("puwei.reviewer1", Role.FIRST_REVIEWER), item.id(), "不涉密");
        service.approve(staff("puwei.reviewer2", Role.SECOND_REVIEWER), item.id(), "");
        service.approve(staff("puwei.reviewer3", Role.FINAL_REVIEWER), item.id(), "");
    }

    private static StaffUser staff(String username, Role role) {
        return new StaffUser(0, username, username, PUWEI, EnumSet.of(role), "", true, false);
    }
}
