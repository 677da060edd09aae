package cn.gongkai.server.annualreport;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.document.DocxDocument;
import cn.gongkai.report.document.HtmlDocument;
import cn.gongkai.report.document.PageSetup;
import cn.gongkai.report.json.ReportJson;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.Section;
import cn.gongkai.report.render.DocxRenderer;
import cn.gongkai.report.render.HtmlRenderer;
import cn.gongkai.report.render.NationalTables;
import cn.gongkai.report.render.TextRenderer;
import cn.gongkai.server.shared.ChinesePdf;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A report in each of the formats people download: JSON, Markdown, HTML, Word and PDF, laid out by the
 * shared document layer. A draft (not yet published) carries the sign-off dated today, as the report
 * would be published, so that what is sent to the county for review reads as the published one will
 * (the checker judges drafts as if published today too).
 */
@Component
public class ReportFiles {

    public static final List<String> FORMATS = List.of("json", "md", "html", "docx", "pdf");

    private final ChinesePdf pdf;
    private final Clock clock;

    ReportFiles(ChinesePdf pdf, Clock clock) {
        this.pdf = pdf;
        this.clock = clock;
    }

    public byte[] render(CheckResult checked, String format) {
        AnnualReport r = checked.report().publishedOn() != null ? checked.report()
                : checked.report().withPublishedOn(LocalDate.now(clock));
        return switch (format) {
            // the JSON states what is: a draft has no publication date
            case "json" -> ReportJson.writePretty(checked).getBytes(StandardCharsets.UTF_8);
            case "md" -> TextRenderer.render(r).getBytes(StandardCharsets.UTF_8);
            case "html" -> HtmlRenderer.render(r).getBytes(StandardCharsets.UTF_8);
            case "docx" -> DocxRenderer.render(r);
            case "pdf" -> pdf.render(HtmlRenderer.printable(r));
            default -> throw new IllegalArgumentException("格式应为 " + String.join("、", FORMATS) + " 之一：" + format);
        };
    }

    /** The county's roll-up (tables 二–四 summed over its organs) as Word or PDF, on the same layer. */
    public byte[] rollUp(AnnualReport total, String format) {
        String title = total.organ() + total.year() + "年政府信息公开工作年度报告统计汇总";
        String note = "本表由政府信息公开平台按各机关年度报告逐格相加生成；有机关未填的格子显示“—”。";
        if (format.equals("docx")) {
            DocxDocument doc = new DocxDocument(PageSetup.A4, 14).title(title, 18).paragraph(note);
            doc.heading(Section.PROACTIVE.heading()).table(NationalTables.proactive(total), 9);
            doc.heading(Section.REQUESTS.heading()).table(NationalTables.requests(total), 9);
            doc.heading(Section.REVIEWS.heading()).table(NationalTables.reviews(total), 9);
            return doc.bytes();
        }
        String body = "<h1>" + HtmlDocument.esc(title) + "</h1>\n" + HtmlDocument.p("", note) + "<h3>"
                + Section.PROACTIVE.heading() + "</h3>\n" + HtmlRenderer.tables(total);
        return pdf.render(HtmlDocument.page(title, HtmlDocument.printStyle(PageSetup.A4, 12) + "h1 { font-size: 18pt; }\n", body));
    }
}
