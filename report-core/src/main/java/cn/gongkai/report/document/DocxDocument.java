package cn.gongkai.report.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A Word document on the shared page ({@link PageSetup}) with the shared faces ({@link DocumentFonts}):
 * title, headings, body paragraphs, the sign-off, and {@link Table}s as real Word tables — one grid,
 * merged cells as {@code gridSpan} and {@code vMerge}, header rows repeated on each page, rows that do
 * not break across pages, column widths fixed in the grid.
 */
public final class DocxDocument {

    private final XWPFDocument doc = new XWPFDocument();
    private final PageSetup page;
    private final double bodyPt;
    /** An exact line pitch for every paragraph (letters: 22 lines in the 225 mm 版心), or 0 for Word's own. */
    private double exactLinePt;

    /** @param bodyPt the body text size (GB/T 9704: 3号 = 16 pt for 公文; reports use 14 pt) */
    public DocxDocument(PageSetup page, double bodyPt) {
        this.page = page;
        this.bodyPt = bodyPt;
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PageSetup.twips(page.widthMm())));
        size.setH(BigInteger.valueOf(PageSetup.twips(page.heightMm())));
        if (page.landscape()) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(PageSetup.twips(page.topMm())));
        mar.setBottom(BigInteger.valueOf(PageSetup.twips(page.bottomMm())));
        mar.setLeft(BigInteger.valueOf(PageSetup.twips(page.leftMm())));
        mar.setRight(BigInteger.valueOf(PageSetup.twips(page.rightMm())));
        DocxFontTable.add(doc);
    }

    /** The title: centred, heading face. */
    public DocxDocument title(String text, double pt) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, DocumentFonts.HEADING, pt);
        return this;
    }

    /** A section heading (一、…), heading face at body size. */
    public DocxDocument heading(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(120);
        run(p, text, DocumentFonts.HEADING, bodyPt);
        return this;
    }

    /**
     * Every paragraph from here on at an exact line pitch and without space after (GB/T 9704 §5.2.2: 22
     * lines of 28 characters in the 版心, i.e. 225 mm / 22 ≈ 28.95 pt).
     */
    public DocxDocument exactLines(double pt) {
        this.exactLinePt = pt;
        return this;
    }

    /** An empty line. */
    public DocxDocument blankLine() {
        para();
        return this;
    }

    private XWPFParagraph para() {
        XWPFParagraph p = doc.createParagraph();
        if (exactLinePt > 0) {
            p.setSpacingBetween(exactLinePt, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
            p.setSpacingAfter(0);
        }
        return p;
    }

    /** The title in the given face (a letter's title in the serif body face, the free face nearest 小标宋). */
    public DocxDocument title(String text, double pt, DocumentFonts.Face face) {
        XWPFParagraph p = para();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, face, pt);
        return this;
    }

    /** A line at the left margin, not indented: the addressee of a letter (主送). */
    public DocxDocument addressee(String text) {
        run(para(), text, DocumentFonts.BODY, bodyPt);
        return this;
    }

    /** A body paragraph indented two characters, whatever it ends with. */
    public DocxDocument indented(String text) {
        XWPFParagraph p = para();
        p.setIndentationFirstLine((int) Math.round(bodyPt * 40));
        run(p, text, DocumentFonts.BODY, bodyPt);
        return this;
    }

    /**
     * A right-aligned line that ends {@code rightChars} body characters inside the right margin (GB/T 9704
     * §7.3.5.1: 成文日期右空四字), after {@code beforeLines} lines of space (the seal's room).
     */
    public DocxDocument rightLine(String text, double rightChars, double beforeLines) {
        XWPFParagraph p = para();
        p.setAlignment(ParagraphAlignment.RIGHT);
        // No automatic space between Han characters and digits here, so the line is as wide as counted.
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        ppr.addNewAutoSpaceDE().setVal("false");
        ppr.addNewAutoSpaceDN().setVal("false");
        p.setIndentationRight((int) Math.round(rightChars * bodyPt * 20));
        if (beforeLines > 0) {
            p.setSpacingBefore((int) Math.round(beforeLines * (exactLinePt > 0 ? exactLinePt : bodyPt * 1.5) * 20));
        }
        run(p, text, DocumentFonts.BODY, bodyPt);
        return this;
    }

    /** A body paragraph indented two characters; a line ending in “：” (the addressee) is not indented. */
    public DocxDocument paragraph(String text) {
        XWPFParagraph p = doc.createParagraph();
        if (!text.endsWith("：")) {
            p.setIndentationFirstLine((int) Math.round(bodyPt * 40));
        }
        run(p, text, DocumentFonts.BODY, bodyPt);
        return this;
    }

    /** A centred body line (a table's caption). */
    public DocxDocument caption(String text) {
        XWPFParagraph p = para();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, DocumentFonts.BODY, bodyPt);
        return this;
    }

    /** The sign-off (落款): the organ and the date, right-aligned, with space above. */
    public DocxDocument signature(String... lines) {
        boolean first = true;
        for (String line : lines) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.RIGHT);
            if (first) {
                p.setSpacingBefore(480);
                first = false;
            }
            run(p, line, DocumentFonts.BODY, bodyPt);
        }
        return this;
    }

    /** A table across the text block's width, text at {@code pt}. */
    public DocxDocument table(Table t, double pt) {
        XWPFTable table = doc.createTable();
        table.removeRow(0);
        CTTbl ct = table.getCTTbl();
        long width = PageSetup.twips(page.textWidthMm());
        ct.getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        ct.getTblPr().getTblW().setType(STTblWidth.DXA);
        ct.getTblPr().getTblW().setW(BigInteger.valueOf(width));
        long[] cols = new long[t.columnCount()];
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < cols.length; c++) {
            cols[c] = Math.round(width * t.share(c));
            grid.addNewGridCol().setW(BigInteger.valueOf(cols[c]));
        }
        for (int r = 0; r < t.rowCount(); r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            CTTrPr trPr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
            trPr.addNewCantSplit();
            if (r < t.headerRows()) {
                trPr.addNewTblHeader();
            }
            int c = 0;
            while (c < t.columnCount()) {
                Table.Placed placed = t.at(r, c);
                Table.Cell cell = placed.cell();
                XWPFTableCell tc = row.createCell();
                CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
                long w = 0;
                for (int k = 0; k < cell.columns(); k++) {
                    w += cols[c + k];
                }
                pr.addNewTcW().setW(BigInteger.valueOf(w));
                pr.getTcW().setType(STTblWidth.DXA);
                if (cell.columns() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.columns()));
                }
                pr.addNewVAlign().setVal(STVerticalJc.CENTER);
                boolean starts = placed.row() == r;
                if (cell.rows() > 1) {
                    pr.addNewVMerge().setVal(starts ? STMerge.RESTART : STMerge.CONTINUE);
                }
                XWPFParagraph p = tc.getParagraphs().getFirst();
                p.setAlignment(cell.align() == Table.Align.LEFT ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                p.setSpacingAfter(0);
                if (starts) {
                    run(p, cell.text(), DocumentFonts.BODY, pt);
                }
                c += cell.columns();
            }
        }
        return this;
    }

    public byte[] bytes() {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, DocumentFonts.Face face, double pt) {
        XWPFRun r = p.createRun();
        CTFonts fonts = r.getCTR().addNewRPr().addNewRFonts();
        fonts.setAscii(face.name());
        fonts.setHAnsi(face.name());
        fonts.setEastAsia(face.name());
        fonts.setCs(face.name());
        r.setFontSize(pt);
        r.setText(text);
        return r;
    }
}
