package cn.gongkai.server.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Attachments: type told by content and matched to the name, limits, and who may add or download them. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:attachment-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class AttachmentTests {

    private static final long PUWEI = 11;

    @Autowired
    AttachmentService attachments;

    @Autowired
    PublicationService service;

    @Autowired
    Items items;

    @Autowired
    MockMvc mvc;

    @Test
    void aPdfIsAttachedAndDownloadedFromThePortalOncePublished() throws Exception {
        byte[] pdf = resource("/base.pdf");
        Item item = draft("附件测试");
        Attachment a = attachments.attach(staff("puwei.drafter", Role.DRAFTER), item.id(), "C:\\文件\\实施方案.pdf", pdf);
        assertThat(a.fileName()).isEqualTo("实施方案.pdf");
        assertThat(a.mediaType()).isEqualTo("application/pdf");
        publish(item);
        String index = items.byId(item.id()).orElseThrow().indexNumber();
        byte[] got = mvc.perform(get("/portal/puwei/items/" + index + "/attachments/" + a.id()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(got).isEqualTo(pdf);
        // Not through another organ's portal, nor with another item's index number.
        mvc.perform(get("/portal/gaoping/items/" + index + "/attachments/" + a.id())).andExpect(status().isNotFound());
    }

    @Test
    void imagesAreShownInTheItemPageWithTheirNameAsText() throws Exception {
        Item item = draft("普威镇芒果丰收图片");
        Attachment photo = attachments.attach(staff("puwei.drafter", Role.DRAFTER), item.id(), "芒果采摘现场.png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0});
        attachments.attach(staff("puwei.drafter", Role.DRAFTER), item.id(), "方案.pdf", resource("/base.pdf"));
        publish(item);
        String index = items.byId(item.id()).orElseThrow().indexNumber();

        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(get("/portal/puwei/items/" + index))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));

        org.jsoup.select.Elements images = page.select(".images figure img");
        assertThat(images).hasSize(1);
        assertThat(images.first().attr("alt")).isEqualTo("芒果采摘现场");
        assertThat(images.first().attr("src")).isEqualTo("/portal/puwei/items/" + index + "/attachments/" + photo.id());
        assertThat(page.select(".images figcaption").text()).isEqualTo("芒果采摘现场");
        // Every file stays in the download list as well.
        assertThat(page.select("section h2:contains(附件) + ul li a").eachText()).containsExactly("芒果采摘现场.png", "方案.pdf");
    }

    @Test
    void anUnpublishedItemsAttachmentsAreNotPublic() throws Exception {
        Item item = draft("草稿附件");
        Attachment a = attachments.attach(staff("puwei.drafter", Role.DRAFTER), item.id(), "a.pdf", resource("/base.pdf"));
        mvc.perform(get("/portal/puwei/items/puwei-2099-00001/attachments/" + a.id())).andExpect(status().isNotFound());
    }

    @Test
    void typesAreCheckedByContentAndMustMatchTheName() throws Exception {
        StaffUser drafter = staff("puwei.drafter", Role.DRAFTER);
        long id = draft("类型检查").id();
        assertThatThrownBy(() -> attachments.attach(drafter, id, "invoice.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("不支持的文件类型");
        assertThatThrownBy(() -> attachments.attach(drafter, id, "report.docx", resource("/base.pdf")))
                .hasMessageContaining("文件内容是 PDF，与文件名“report.docx”的扩展名不符");
        assertThatThrownBy(() -> attachments.attach(drafter, id, "tool.exe", new byte[] {'M', 'Z', 0, 0}))
                .hasMessageContaining("不支持的文件类型");
        assertThat(attachments.attach(drafter, id, "表格.xlsx", officeZip("xl/workbook.xml")).mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(attachments.attach(drafter, id, "照片.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0})
                .mediaType()).isEqualTo("image/png");
        assertThatThrownBy(() -> attachments.attach(drafter, id, "empty.pdf", new byte[0])).hasMessage("附件是空文件");
    }

    @Test
    void onlyTheOrgansDrafterAddsToADraft() throws Exception {
        long id = draft("权限检查").id();
        assertThatThrownBy(() -> attachments.attach(staff("puwei.reviewer1", Role.FIRST_REVIEWER), id, "a.pdf",
                resource("/base.pdf"))).hasMessage("只有本机关撰稿人可以添加附件");
        StaffUser stranger = new StaffUser(0, "gaoping.drafter", "x", 12, EnumSet.of(Role.DRAFTER), "", true, false);
        assertThatThrownBy(() -> attachments.attach(stranger, id, "a.pdf", resource("/base.pdf")))
                .isInstanceOf(ItemNotFoundException.class);
    }

    @Test
    void theItemPageUploadsThroughItsForm() throws Exception {
        long id = draft("表单上传").id();
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
                                .user("puwei.drafter").password("Gongkai-Demo-2026"))
                .andReturn().getRequest().getSession(false);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/workspace/items/" + id + "/attachments")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "方案.pdf", "application/pdf", resource("/base.pdf")))
                        .session(session)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("done", "附件已添加。"));
        mvc.perform(get("/workspace/items/" + id).session(session))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("方案.pdf")));
    }

    private Item draft(String title) {
        return service.create(staff("puwei.drafter", Role.DRAFTER),
                new ItemContent(title, ItemKind.NOTICE, null, LocalDate.now(), null, "<p>见附件</p>"));
    }

    private void publish(Item item) {
        service.submit(staff("puwei.drafter", Role.DRAFTER), item.id(), null);
        service.approve(staff("puwei.reviewer1", Role.FIRST_REVIEWER), item.id(), "不涉密");
        service.approve(staff("puwei.reviewer2", Role.SECOND_REVIEWER), item.id(), "");
        service.approve(staff("puwei.reviewer3", Role.FINAL_REVIEWER), item.id(), "");
    }

    private static byte[] officeZip(String part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = AttachmentTests.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }

    private static StaffUser staff(String username, Role role) {
        return new StaffUser(0, username, username, PUWEI, EnumSet.of(role), "", true, false);
    }
}
