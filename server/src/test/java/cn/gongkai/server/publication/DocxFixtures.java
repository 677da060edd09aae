package cn.gongkai.server.publication;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Official documents made by the tests with POI: one as Word saves it, one with the quirks of WPS
 * (numeric style ids named "heading 1", an outline level set on the paragraph itself, text cut into
 * one run per character, full-width brackets and digits in the 文号, the date in Chinese numerals,
 * WPS's application name and KSO custom property, a picture with only a title, one with nothing).
 */
final class DocxFixtures {

    private DocxFixtures() {
    }

    /** 米府发〔2026〕3号, title, heading, paragraphs, a bullet list, a 3×3 table with merged cells, one described image. */
    static byte[] wordLike() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            style(doc, "Heading1", "heading 1");
            centered(doc, "米易县人民政府文件");
            centered(doc, "米府发〔2026〕3号");
            centered(doc, "米易县人民政府关于做好2026年春耕生产工作的通知");
            plain(doc, "各乡镇人民政府，县级各部门：");
            XWPFParagraph h = doc.createParagraph();
            h.setStyle("Heading1");
            h.createRun().setText("一、总体要求");
            plain(doc, "　　坚持稳面积、提单产，确保粮食播种面积稳定在12万亩以上。");
            BigInteger bullets = bullets(doc);
            listItem(doc, bullets, "抓好种子、化肥供应；");
            listItem(doc, bullets, "做好农机检修。");
            XWPFTable table = doc.createTable(3, 3);
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            head.getCell(0).setText("乡镇");
            head.getCell(1).setText("面积（万亩）");
            head.getCell(2).setText("责任人");
            table.getRow(1).getCell(0).setText("普威镇");
            table.getRow(1).getCell(1).setText("2.1");
            table.getRow(1).getCell(2).setText("王某");
            // the last row's first cell spans two grid columns (合计)
            XWPFTableRow total = table.getRow(2);
            total.getCell(0).setText("合计");
            total.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            total.removeCell(1);
            total.getCell(1).setText("—");
            XWPFRun photo = doc.createParagraph().createRun();
            picture(photo, "photo1.png", "县农业农村局技术人员指导春耕", null);
            plain(doc, "米易县人民政府");
            plain(doc, "2026年3月5日");
            return bytes(doc);
        }
    }

    /** 米府办发［２０２６］１２号 (full-width), 二〇二六年三月十五日, styles and runs as WPS writes them. */
    static byte[] wpsLike() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("WPS Office_12.1.0.16120");
            doc.getProperties().getCustomProperties().addProperty("KSOProductBuildVer", "2052-12.1.0.16120");
            style(doc, "2", "heading 1");
            centered(doc, "米易县人民政府办公室文件");
            centered(doc, "米府办发［２０２６］１２号");
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            for (char c : "关于开展农村人居环境整治的通知".toCharArray()) {
                title.createRun().setText(String.valueOf(c)); // WPS cuts runs at every change of font or edit
            }
            XWPFParagraph h = doc.createParagraph();
            h.setStyle("2");
            h.createRun().setText("一、工作目标");
            XWPFParagraph outline = doc.createParagraph();
            outline.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
            outline.createRun().setText("（一）村庄清洁");
            plain(doc, "　　全面清理农村生活垃圾。");
            XWPFTable table = doc.createTable(3, 2);
            table.getRow(0).getCell(0).setText("类别");
            table.getRow(0).getCell(1).setText("完成时限");
            table.getRow(1).getCell(0).setText("垃圾");
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(1).getCell(1).setText("4月底");
            table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge(); // continue
            table.getRow(2).getCell(1).setText("6月底");
            XWPFParagraph pictures = doc.createParagraph();
            picture(pictures.createRun(), "image1.png", null, "整治后的村道");
            picture(pictures.createRun(), "image2.png", null, null);
            XWPFParagraph sign = doc.createParagraph();
            sign.setAlignment(ParagraphAlignment.RIGHT);
            sign.createRun().setText("米易县人民政府办公室");
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            date.createRun().setText("二〇二六年三月");
            date.createRun().setText("十五日");
            return bytes(doc);
        }
    }

    static byte[] png(int rgb) throws IOException {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, rgb);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void picture(XWPFRun run, String name, String descr, String title) throws Exception {
        run.addPicture(new ByteArrayInputStream(png(name.hashCode())), Document.PICTURE_TYPE_PNG, name, Units.toEMU(80),
                Units.toEMU(60));
        CTNonVisualDrawingProps docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        // POI writes the file name as the description, as some editors do; set exactly what the case needs
        docPr.setDescr(descr == null ? "" : descr);
        if (title != null) {
            docPr.setTitle(title);
        }
        var pic = run.getEmbeddedPictures().get(0).getCTPicture().getNvPicPr().getCNvPr();
        pic.setDescr("");
    }

    private static void style(XWPFDocument doc, String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        doc.createStyles().addStyle(new XWPFStyle(style));
    }

    private static BigInteger bullets(XWPFDocument doc) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ZERO);
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
        lvl.addNewLvlText().setVal("•");
        XWPFNumbering numbering = doc.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
    }

    private static void listItem(XWPFDocument doc, BigInteger numId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.ZERO);
        p.createRun().setText(text);
    }

    private static void centered(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText(text);
    }

    static void plain(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }
}
