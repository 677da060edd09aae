package cn.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Letters come out as a Word file and a PDF that both read back as the same Chinese text. */
class LetterFilesTest {

    private final Letter letter = new Letter(1, 1, LetterKind.REPLY, "政府信息公开申请答复书", LetterTemplates.fill(
            LetterTemplates.builtIn(LetterKind.REPLY), Map.of("申请人", "张三", "收到日期", "2025年3月3日",
                    "申请编号", "puwei-2025-0001", "申请内容", "2024年财政预算", "答复结果",
                    LetterTemplates.decision(Outcome.PARTIALLY_GRANTED), "答复说明", "第3页涉及个人隐私，已作区分处理。",
                    "答复依据", ReplyWording.basis(Outcome.PARTIALLY_GRANTED, null), "复议机关", "米易县人民政府")),
            LocalDate.of(2025, 3, 20), "puwei.drafter", "普府依申〔2025〕1号", null, null);

    @Test
    void theTemplateIsFilledAndNothingIsLeftOpen() {
        assertThat(letter.body()).startsWith("张三：\n本机关于2025年3月3日收到您的政府信息公开申请（申请编号：puwei-2025-0001）")
                .contains("能够作区分处理").contains("以上答复依据《中华人民共和国政府信息公开条例》第三十七条的规定。").doesNotContain("{");
        assertThat(LetterTemplates.fill("{申请人}：{未知}", Map.of("申请人", "李四"))).isEqualTo("李四：{未知}");
    }

    @Test
    void wordFileReadsBackWithTitleBodyAndSignature() throws Exception {
        byte[] docx = new LetterFiles(new cn.gongkai.server.shared.ChinesePdf(null)).docx(letter, "米易县普威镇人民政府");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).startsWith("政府信息公开申请答复书").contains("张三：")
                    .contains("第3页涉及个人隐私").contains("米易县普威镇人民政府").contains("2025年3月20日")
                    .contains("普府依申〔2025〕1号");
        }
    }

    @Test
    void pdfEmbedsAChineseFontAndReadsBack() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(cn.gongkai.server.shared.ChinesePdf.knownFontInstalled(),
                "没有中文 TrueType 字体，跳过 PDF 测试：apt-get install fonts-wqy-microhei（.ci/run 会自动安装）");
        LetterFiles files = new LetterFiles(new cn.gongkai.server.shared.ChinesePdf(null));
        byte[] pdf = files.pdf(letter, "米易县普威镇人民政府");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("政府信息公开申请答复书").contains("张三：").contains("米易县普威镇人民政府")
                    .contains("能够作区分处理");
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void aMissingFontFileIsExplained() {
        assertThatThrownBy(() -> new LetterFiles(new cn.gongkai.server.shared.ChinesePdf("/nonexistent/font.ttf")).pdf(letter, "机关"))
                .hasMessageContaining("gongkai.letters.font-file 指定的字体文件不存在或不可读");
    }
}
