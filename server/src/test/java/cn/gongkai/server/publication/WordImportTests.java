package cn.gongkai.server.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * 导入 Word: documents made here with POI, as Word and as WPS save them, become drafts with their
 * headings, lists, tables and images; the 文号 and 成文日期 are proposed; hostile files are refused in Chinese.
 * Every expected value below is read off the fixture by hand (DocxFixtures), not from the converter.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:word-import-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
class WordImportTests {

    private static final StaffUser DRAFTER = new StaffUser(0, "puwei.drafter", "puwei.drafter", 11,
            EnumSet.of(Role.DRAFTER), "", true, false);

    @Autowired
    WordImport wordImport;

    @Autowired
    AttachmentService attachments;

    @Test
    void aWordDocumentBecomesADraftWithItsStructureAndProposals() throws Exception {
        WordImport.Imported done = wordImport.importDraft(DRAFTER, "春耕通知.docx", DocxFixtures.wordLike(), ItemKind.NOTICE);
        Item item = done.item();
        assertThat(item.content().title()).isEqualTo("米易县人民政府关于做好2026年春耕生产工作的通知");
        assertThat(item.content().documentNumber()).isEqualTo("米府发〔2026〕3号");
        assertThat(item.content().writtenOn()).isEqualTo(LocalDate.of(2026, 3, 5));
        Document body = Jsoup.parseBodyFragment(item.content().bodyHtml());
        // the 版头 (organ mark, number) and the title are metadata on the portal, not body text
        assertThat(body.text()).doesNotContain("米易县人民政府文件").doesNotContain("米府发").doesNotContain("春耕生产工作的通知");
        assertThat(body.select("p").first().text()).isEqualTo("各乡镇人民政府，县级各部门：");
        assertThat(body.select("h2").eachText()).containsExactly("一、总体要求");
        assertThat(body.select("ul > li").eachText()).containsExactly("抓好种子、化肥供应；", "做好农机检修。");
        assertThat(body.select("table th").eachText()).containsExactly("乡镇", "面积（万亩）", "责任人");
        assertThat(body.select("table tr").get(1).select("td").eachText()).containsExactly("普威镇", "2.1", "王某");
        assertThat(body.select("td[colspan=2]").text()).isEqualTo("合计");
        assertThat(body.select("p").last().text()).isEqualTo("2026年3月5日");
        assertThat(body.text()).doesNotContain("&#x"); // characters, never entities
        List<Attachment> files = attachments.of(item);
        assertThat(files).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("图1.png");
            assertThat(a.alt()).isEqualTo("县农业农村局技术人员指导春耕");
            assertThat(a.needsAltText()).isFalse();
        });
        assertThat(done.notice()).contains("1 个表格").contains("1 张图片已作为附件").contains("请核对")
                .doesNotContain("没有说明文字");
    }

    @Test
    void aWpsDocumentWithItsQuirksIsReadToo() throws Exception {
        WordImport.Imported done = wordImport.importDraft(DRAFTER, "整治通知.docx", DocxFixtures.wpsLike(), ItemKind.NOTICE);
        Item item = done.item();
        assertThat(item.content().title()).isEqualTo("关于开展农村人居环境整治的通知");
        assertThat(item.content().documentNumber()).isEqualTo("米府办发〔2026〕12号"); // from 米府办发［２０２６］１２号
        assertThat(item.content().writtenOn()).isEqualTo(LocalDate.of(2026, 3, 15)); // 二〇二六年三月 + 十五日 in two runs
        Document body = Jsoup.parseBodyFragment(item.content().bodyHtml());
        assertThat(body.select("h2").eachText()).containsExactly("一、工作目标"); // style id "2" named heading 1
        assertThat(body.select("h3").eachText()).containsExactly("（一）村庄清洁"); // outline level 1 on the paragraph
        assertThat(body.select("td[rowspan=2]").text()).isEqualTo("垃圾");
        assertThat(body.select("tr").get(2).select("td").eachText()).containsExactly("6月底");
        List<Attachment> files = attachments.of(item);
        assertThat(files).extracting(Attachment::fileName).containsExactly("图1.png", "图2.png");
        assertThat(files.get(0).alt()).isEqualTo("整治后的村道"); // WPS's title, no description
        assertThat(files.get(1).needsAltText()).isTrue(); // only "image2.png": asked for
        assertThat(done.imagesWithoutAlt()).isEqualTo(1);
        assertThat(done.notice()).contains("有 1 张图片没有说明文字，请在下方附件中填写替代文字");
    }

    @Test
    void textThatLooksLikeMarkupStaysText() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxFixtures.plain(doc, "<script>alert(1)</script><img src=x onerror=alert(2)>");
            docx = DocxFixtures.bytes(doc);
        }
        Item item = wordImport.importDraft(DRAFTER, "样例.docx", docx, ItemKind.WORK_NEWS).item();
        assertThat(item.content().title()).isEqualTo("样例"); // no title line found: the file name
        Document body = Jsoup.parseBodyFragment(item.content().bodyHtml());
        assertThat(body.select("script, img")).isEmpty();
        assertThat(body.text()).isEqualTo("<script>alert(1)</script><img src=x onerror=alert(2)>");
    }

    @Test
    void hostileAndWrongFilesAreRefusedInChinese() throws Exception {
        // 30 MB of one repeated byte packs into a few KB: the part's unpacked budget (20 MB) refuses it
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 30; i++) {
                zip.write(spaces);
            }
        }
        assertThat(bomb.size()).isLessThan(200_000);
        assertThatThrownBy(() -> wordImport.importDraft(DRAFTER, "炸弹.docx", bomb.toByteArray(), ItemKind.NOTICE))
                .isInstanceOf(PublicationException.class).hasMessageContaining("过大或过于复杂");
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> wordImport.importDraft(DRAFTER, "旧文件.doc", ole, ItemKind.NOTICE))
                .hasMessageContaining("旧版 .doc 格式").hasMessageContaining("另存为");
        assertThatThrownBy(() -> wordImport.importDraft(DRAFTER, "a.docx", "not a zip".getBytes(StandardCharsets.UTF_8),
                ItemKind.NOTICE)).hasMessageContaining("不是 Word（.docx）文件");
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(broken)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> wordImport.importDraft(DRAFTER, "坏.docx", broken.toByteArray(), ItemKind.NOTICE))
                .hasMessageContaining("无法读取");
        StaffUser reviewer = new StaffUser(0, "puwei.reviewer1", "r", 11, EnumSet.of(Role.FIRST_REVIEWER), "", true, false);
        assertThatThrownBy(() -> wordImport.importDraft(reviewer, "春耕通知.docx", DocxFixtures.wordLike(), ItemKind.NOTICE))
                .hasMessage("只有撰稿人可以导入 Word 文档");
    }

    @Test
    void chineseNumeralsAreReadAsOfficialDocumentsWriteThem() {
        // by hand: 二〇二六 → 2026; 三 → 3; 十 → 10; 十二 → 12; 二十 → 20; 三十一 → 31
        assertThat(DocumentProposals.digits("二〇二六")).isEqualTo(2026);
        assertThat(DocumentProposals.number("三")).isEqualTo(3);
        assertThat(DocumentProposals.number("十")).isEqualTo(10);
        assertThat(DocumentProposals.number("十二")).isEqualTo(12);
        assertThat(DocumentProposals.number("二十")).isEqualTo(20);
        assertThat(DocumentProposals.number("三十一")).isEqualTo(31);
        // a date in the text is not the 落款's: the last one in the last lines is
        List<DocxBody.Line> lines = List.of(new DocxBody.Line("2025年12月1日印发的方案", false, 0),
                new DocxBody.Line("米易县人民政府", false, 0), new DocxBody.Line("2026年1月9日", false, 0),
                new DocxBody.Line("（此件公开发布）", false, 0));
        assertThat(DocumentProposals.writtenOn(lines)).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(DocumentProposals.writtenOn(List.of(new DocxBody.Line("2026年2月30日", false, 0)))).isNull();
    }
}
