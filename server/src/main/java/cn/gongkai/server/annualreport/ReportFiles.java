package cn.gongkai.server.annualreport;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.json.ReportJson;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.render.DocxRenderer;
import cn.gongkai.report.render.HtmlRenderer;
import cn.gongkai.report.render.TextRenderer;
import cn.gongkai.server.shared.ChinesePdf;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/** A report in each of the formats people download: JSON, Markdown, HTML, Word and PDF. */
@Component
public class ReportFiles {

    public static final List<String> FORMATS = List.of("json", "md", "html", "docx", "pdf");

    /** Print style for the PDF: the report's own layout with the embedded Chinese font. */
    private static final String PDF_STYLE = "body { font-family: cjk; font-size: 11pt; } @page { size: A4; margin: 20mm; }"
            + " table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #000; padding: 2px 4px; font-size: 9pt; }";

    private final ChinesePdf pdf;

    ReportFiles(ChinesePdf pdf) {
        this.pdf = pdf;
    }

    public byte[] render(CheckResult checked, String format) {
        AnnualReport r = checked.report();
        return switch (format) {
            case "json" -> ReportJson.writePretty(checked).getBytes(StandardCharsets.UTF_8);
            case "md" -> TextRenderer.render(r).getBytes(StandardCharsets.UTF_8);
            case "html" -> HtmlRenderer.render(r).getBytes(StandardCharsets.UTF_8);
            case "docx" -> DocxRenderer.render(r);
            case "pdf" -> pdf.render(HtmlRenderer.render(r).replace("</style>", PDF_STYLE + "</style>"));
            default -> throw new IllegalArgumentException("格式应为 " + String.join("、", FORMATS) + " 之一：" + format);
        };
    }
}
