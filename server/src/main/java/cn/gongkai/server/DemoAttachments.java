package cn.gongkai.server;

import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.publication.AttachmentService;
import cn.gongkai.server.shared.ChinesePdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The demo county's Word and PDF files (one per organ and year, {@link DemoItems#plan}), made and read for the
 * search index on a thread of their own while the application starts and the items are written: making and
 * reading them (Word's XML library, the PDF fonts) was a large part of a first start, and the main thread only
 * waited for it. Started when this bean is made, and only on a database with no organ yet, i.e. just before the
 * demo county is written; on any later start nothing happens. A file the thread did not make (or failed to
 * make) is made on the spot by {@link #take}, as before.
 */
@Component
class DemoAttachments {

    /** PDFs take a font load each; a handful shows the feature, the other files are Word. */
    static final int MAX_PDFS = 2;

    private record File(DemoTexts.Text text, boolean pdf, CompletableFuture<AttachmentService.Prepared> ready) {
    }

    private final AttachmentService attachments;
    private final ChinesePdf pdf;
    /** By organ and year, in the order the items are written; not changed after the constructor. */
    private final Map<String, File> files;
    private int pdfsMadeHere;

    DemoAttachments(AttachmentService attachments, ChinesePdf pdf, Organs organs, Clock clock,
            @Value("${gongkai.demo.enabled:false}") boolean demo, @Value("${gongkai.demo.activity:false}") boolean alive) {
        this.attachments = attachments;
        this.pdf = pdf;
        Map<String, File> planned = new LinkedHashMap<>();
        if (demo && alive && organs.isEmpty()) {
            boolean fonts = ChinesePdf.knownFontInstalled();
            for (DemoItems.Year y : DemoActivity.years(LocalDate.now(clock))) {
                DemoItems.plan(y).stream().filter(DemoItems.Planned::withFile).findFirst().ifPresent(p -> planned.put(key(y),
                        new File(p.text(), fonts && planned.size() < MAX_PDFS, new CompletableFuture<>())));
            }
        }
        this.files = Collections.unmodifiableMap(planned);
        if (!files.isEmpty()) {
            Thread.ofPlatform().daemon().name("demo-files").start(() -> files.values().forEach(f -> {
                try {
                    f.ready().complete(prepare(f.text(), f.pdf()));
                } catch (RuntimeException | Error e) {
                    f.ready().completeExceptionally(e);
                }
            }));
        }
    }

    /** The file of the organ's year, whose item reads {@code text}: the one made beforehand, else made now. */
    AttachmentService.Prepared take(DemoItems.Year y, DemoTexts.Text text) {
        File f = files.get(key(y));
        if (f != null && f.text().equals(text)) {
            try {
                return f.ready().join();
            } catch (CompletionException e) {
                // made again below, where the failure reaches the demo's own transaction
            }
        }
        // Nothing planned (./gongkai report's lazy context makes this bean after the organs are written): the first
        // files are PDFs, as in the plan.
        boolean asPdf = f != null ? f.pdf() : pdfsMadeHere < MAX_PDFS && ChinesePdf.knownFontInstalled();
        if (f == null && asPdf) {
            pdfsMadeHere++;
        }
        return prepare(text, asPdf);
    }

    private AttachmentService.Prepared prepare(DemoTexts.Text text, boolean asPdf) {
        return attachments.prepare(text.title() + (asPdf ? ".pdf" : ".docx"), asPdf ? pdf(text) : docx(text));
    }

    private static String key(DemoItems.Year y) {
        return y.organ().code() + "/" + y.year();
    }

    private static byte[] docx(DemoTexts.Text text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var title = doc.createParagraph().createRun();
            title.setBold(true);
            title.setFontSize(16);
            title.setText(text.title());
            for (String p : text.paragraphs()) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] pdf(DemoTexts.Text text) {
        StringBuilder html = new StringBuilder("<html><head><style>body { font-family: cjk; }</style></head><body><h1>")
                .append(HtmlUtils.htmlEscape(text.title())).append("</h1>");
        text.paragraphs().forEach(p -> html.append("<p>").append(HtmlUtils.htmlEscape(p)).append("</p>"));
        return pdf.render(html.append("</body></html>").toString());
    }
}
