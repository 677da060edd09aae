package cn.gongkai.report.render;

import cn.gongkai.report.document.DocxDocument;
import cn.gongkai.report.document.PageSetup;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.Section;

/**
 * An annual report as a Word document on the shared page (A4, GB/T 9704 margins): the title and section
 * headings in the heading face, prose paragraphs, each national table as one Word table with the merged
 * cells of the national format ({@link NationalTables}), and the sign-off. What it writes reads back to
 * the same report.
 */
public final class DocxRenderer {

    /** Body text 14 pt (四号); tables 9 pt (小五), the size that fits 表三's labels in the national widths. */
    static final double BODY_PT = 14;
    static final double TABLE_PT = 9;

    private DocxRenderer() {
    }

    public static byte[] render(AnnualReport r) {
        DocxDocument doc = new DocxDocument(PageSetup.A4, BODY_PT);
        doc.title(r.organ() == null ? "" : r.organ(), 20);
        doc.title((r.year() == null ? "" : r.year() + "年") + "政府信息公开工作年度报告", 16);
        prose(doc, r, Section.OVERVIEW);
        doc.heading(Section.PROACTIVE.heading());
        doc.table(NationalTables.proactive(r), TABLE_PT);
        doc.heading(Section.REQUESTS.heading());
        doc.table(NationalTables.requests(r), TABLE_PT);
        doc.heading(Section.REVIEWS.heading());
        doc.table(NationalTables.reviews(r), TABLE_PT);
        prose(doc, r, Section.PROBLEMS);
        prose(doc, r, Section.OTHER_MATTERS);
        if (r.publishedOn() != null) {
            String date = r.publishedOn().getYear() + "年" + r.publishedOn().getMonthValue() + "月" + r.publishedOn().getDayOfMonth() + "日";
            if (r.organ() != null) {
                doc.signature(r.organ(), date);
            } else {
                doc.signature(date);
            }
        }
        return doc.bytes();
    }

    private static void prose(DocxDocument doc, AnnualReport r, Section s) {
        doc.heading(s.heading());
        String text = r.sectionText(s);
        if (text != null && !text.isEmpty()) {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    doc.paragraph(line);
                }
            }
        }
    }
}
