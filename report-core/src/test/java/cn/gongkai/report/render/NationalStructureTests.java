package cn.gongkai.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.document.PdfWriter;
import cn.gongkai.report.model.AnnualReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The Word and PDF files have the national format's structure (国办公开办函〔2021〕30号 附件, read in
 * regulation-and-format-facts.md §1.4–1.6), checked on the files themselves: merged cells where the format
 * merges them, one table per national table, header text where the format puts it; in the PDF the header of
 * 表三 on every page the table continues on and no row cut across pages. Expected spans counted by hand
 * from the national layout.
 */
class NationalStructureTests {

    private static AnnualReport puwei() throws IOException {
        return NationalLayoutTests.seedReport("000");
    }

    @Test
    void wordHasOneTablePerNationalTableWithTheFormatsMergedCells() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRenderer.render(puwei())))) {
            assertThat(doc.getTables()).as("表二, 表三, 表四: one Word table each").hasSize(3);
            XWPFTable t2 = doc.getTables().get(0);
            XWPFTable t3 = doc.getTables().get(1);
            XWPFTable t4 = doc.getTables().get(2);

            // 表二: 4 blocks × (caption + header + rows): 4 + 4 + (2 + 1 + 2 + 1) = 14 rows; captions span all 4 columns.
            assertThat(t2.getRows()).hasSize(14);
            for (int captionRow : new int[] {0, 4, 7, 11}) {
                assertThat(t2.getRow(captionRow).getTableCells()).hasSize(1);
                assertThat(span(t2.getRow(captionRow).getCell(0))).isEqualTo(4);
                assertThat(t2.getRow(captionRow).getCell(0).getText()).startsWith("第二十条第（");
            }
            assertThat(t2.getRow(5).getCell(1).getText()).isEqualTo("本年处理决定数量");
            assertThat(span(t2.getRow(5).getCell(1))).isEqualTo(3);

            // 表三: 3 header rows + 25 data rows, 10 grid columns.
            assertThat(t3.getRows()).hasSize(28);
            assertThat(t3.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(10);
            XWPFTableRow h1 = t3.getRow(0);
            assertThat(h1.getCell(0).getText()).startsWith("（本列数据的勾稽关系为");
            assertThat(span(h1.getCell(0))).isEqualTo(3);
            assertThat(merge(h1.getCell(0))).isEqualTo(STMerge.RESTART);
            assertThat(h1.getCell(1).getText()).isEqualTo("申请人情况");
            assertThat(span(h1.getCell(1))).isEqualTo(7);
            XWPFTableRow h2 = t3.getRow(1);
            assertThat(merge(h2.getCell(0))).isEqualTo(STMerge.CONTINUE);
            assertThat(texts(h2)).containsExactly("", "自然人", "法人或其他组织", "总计");
            assertThat(span(h2.getCell(2))).isEqualTo(5);
            assertThat(texts(t3.getRow(2))).containsExactly("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "");
            assertThat(t3.getRow(0).getCtRow().getTrPr().sizeOfTblHeaderArray()).as("header repeated on each page").isEqualTo(1);
            // 一、本年新收 over the three label columns, its 7 numbers from the 自然人 column on.
            assertThat(span(t3.getRow(3).getCell(0))).isEqualTo(3);
            assertThat(t3.getRow(3).getTableCells()).hasSize(8);
            // 三、本年度办理结果 down the 22 result rows (（一）… （七）总计).
            assertThat(t3.getRow(5).getCell(0).getText()).isEqualTo("三、本年度办理结果");
            assertThat(merge(t3.getRow(5).getCell(0))).isEqualTo(STMerge.RESTART);
            for (int r = 6; r <= 26; r++) {
                assertThat(merge(t3.getRow(r).getCell(0))).as("row %d under 三、", r).isEqualTo(STMerge.CONTINUE);
            }
            assertThat(merge(t3.getRow(27).getCell(0))).as("四、结转 is not under 三、").isNull();
            // The groups down their rows: （三）8, （四）3, （五）5, （六）3 rows (rows 7, 15, 18, 23 of the grid).
            int[][] groups = {{7, 8}, {15, 3}, {18, 5}, {23, 3}};
            String[] names = {"（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"};
            for (int g = 0; g < groups.length; g++) {
                int first = groups[g][0];
                assertThat(t3.getRow(first).getCell(1).getText()).isEqualTo(names[g]);
                assertThat(merge(t3.getRow(first).getCell(1))).isEqualTo(STMerge.RESTART);
                for (int r = first + 1; r < first + groups[g][1]; r++) {
                    assertThat(merge(t3.getRow(r).getCell(1))).as("%s row %d", names[g], r).isEqualTo(STMerge.CONTINUE);
                }
            }
            // The data columns share one width (其他 and 总计 as wide as the rest).
            List<BigInteger> widths = new ArrayList<>();
            t3.getCTTbl().getTblGrid().getGridColList().forEach(c -> widths.add((BigInteger) c.getW()));
            assertThat(widths.subList(3, 10).stream().distinct()).hasSize(1);

            // 表四: 行政复议 over 5, 行政诉讼 over 10; then 未经复议直接起诉 / 复议后起诉 over 5 each; 15 numbers.
            assertThat(texts(t4.getRow(0))).containsExactly("行政复议", "行政诉讼");
            assertThat(span(t4.getRow(0).getCell(0))).isEqualTo(5);
            assertThat(span(t4.getRow(0).getCell(1))).isEqualTo(10);
            assertThat(texts(t4.getRow(1))).containsExactly("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉");
            assertThat(span(t4.getRow(1).getCell(5))).isEqualTo(5);
            assertThat(merge(t4.getRow(2).getCell(0))).isEqualTo(STMerge.CONTINUE);
            assertThat(t4.getRow(3).getTableCells()).hasSize(15);
        }
    }

    @Test
    void wordPageIsA4WithTheMarginsOfGbT9704() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRenderer.render(puwei())))) {
            var sect = doc.getDocument().getBody().getSectPr();
            // 210 × 297 mm = 11906 × 16838 twips; 37/35/28/26 mm = 2098/1984/1587/1474 twips (1 mm = 1440/25.4 twips).
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(sect.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(2098));
            assertThat(sect.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1984));
            assertThat(sect.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1587));
            assertThat(sect.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(1474));
        }
    }

    @Test
    void pdfRepeatsTheHeaderOfTable3OnEveryPageItContinuesOnAndCutsNoRow() throws IOException {
        if (!PdfWriter.fontInstalled()) {
            Assumptions.assumeFalse("true".equals(System.getenv("CI")), "CI must have the fonts");
            Assumptions.abort("没有中文字体，跳过 PDF 检查（apt-get install fonts-arphic-uming fonts-wqy-zenhei）");
        }
        byte[] pdf = new PdfWriter(null).render(HtmlRenderer.printable(puwei()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).replaceAll("\\s+", ""));
            }
            // Pages holding rows of 表三: from the one with 一、本年新收 to the one with 四、结转下年度继续办理.
            int first = indexOf(pages, "一、本年新收政府信息公开申请数量");
            int last = indexOf(pages, "四、结转下年度继续办理");
            assertThat(last).as("表三 continues on a second page in this report (the case under test)").isGreaterThan(first);
            for (int p = first; p <= last; p++) {
                assertThat(pages.get(p)).as("page %d", p + 1).contains("申请人情况", "法人或其他组织", "自然人", "社会公益组织", "总计");
            }
            // No orphan: each row label of 表三 is on exactly one page, whole, with its 7 numbers after it there.
            for (var row : cn.gongkai.report.model.RequestRow.values()) {
                String label = row.label().replace("“", "").replace("”", "");
                long on = pages.stream().filter(t -> t.replace("“", "").replace("”", "").contains(label)).count();
                assertThat(on).as("row %s whole on one page", row.label()).isEqualTo(1);
            }
        }
    }

    private static int indexOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("not in the PDF: " + text);
    }

    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static int span(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        return pr == null || pr.getGridSpan() == null ? 1 : pr.getGridSpan().getVal().intValue();
    }

    private static STMerge.Enum merge(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        if (pr == null || pr.getVMerge() == null) {
            return null;
        }
        return pr.getVMerge().getVal() == null ? STMerge.CONTINUE : pr.getVMerge().getVal();
    }
}
