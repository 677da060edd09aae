package cn.gongkai.report.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The crafted files of issue 11, built on the fly: a PDF of about 134 KB whose 100 pages share one
 * content stream of 50,000 positioned glyphs (it kept a request busy for a minute), and a DOCX of about
 * 15 MB that unpacks to about 63 MB of XML (40 s and 1.3 GB). {@code main(dir)} writes both, for the
 * measurements in docs/benchmarks.md.
 */
public final class HostileFiles {

    public static final int PDF_GLYPHS = 50_000;
    public static final int PDF_PAGES = 100;
    public static final long DOCX_XML_BYTES = 63L * 1024 * 1024;

    private HostileFiles() {
    }

    public static byte[] glyphFloodPdf() throws IOException {
        Random random = new Random(11);
        StringBuilder ops = new StringBuilder(PDF_GLYPHS * 24).append("BT /F1 9 Tf\n");
        for (int i = 0; i < PDF_GLYPHS; i++) {
            // each glyph on its own spot: the stripper has to sort and de-duplicate all of them per page
            ops.append("1 0 0 1 ").append(random.nextInt(600)).append(' ').append(random.nextInt(800)).append(" Tm (")
                    .append((char) ('A' + random.nextInt(26))).append(") Tj\n");
        }
        ops.append("ET\n");
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            COSStream content = doc.getDocument().createCOSStream();
            try (OutputStream s = content.createOutputStream(COSName.FLATE_DECODE)) {
                s.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
            }
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            for (int p = 0; p < PDF_PAGES; p++) {
                PDPage page = new PDPage();
                page.setResources(resources);
                page.getCOSObject().setItem(COSName.CONTENTS, content); // one stream, shared by every page
                doc.addPage(page);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] xmlFloodDocx() throws IOException {
        return xmlFloodDocx(DOCX_XML_BYTES);
    }

    /** A valid DOCX whose word/document.xml is {@code xmlBytes} long, of paragraphs of random Chinese. */
    public static byte[] xmlFloodDocx(long xmlBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) (xmlBytes / 4));
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats"
                    + ".org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
                    + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/"
                    + "document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats"
                    + ".org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument"
                    + "/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            // A 1 MB block of random paragraphs, written again and again: repeats lie beyond deflate's 32 KB
            // window, so every copy compresses like fresh text (about 4:1, as the file).
            byte[] block = paragraphs(new Random(11), 1024 * 1024);
            for (long written = 0; written < xmlBytes; written += block.length) {
                zip.write(block);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] paragraphs(Random random, int size) {
        // words of two characters out of 48: text that compresses about as well as real prose
        String[] words = new String[48];
        for (int i = 0; i < words.length; i++) {
            words[i] = "" + (char) (0x4E00 + random.nextInt(3000)) + (char) (0x4E00 + random.nextInt(3000));
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream(size + 256);
        while (b.size() < size) {
            StringBuilder p = new StringBuilder("<w:p><w:r><w:t>");
            for (int i = 0; i < 20; i++) {
                p.append(words[random.nextInt(words.length)]);
            }
            b.writeBytes(p.append("</w:t></w:r></w:p>").toString().getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Writes glyph-flood.pdf and xml-flood.docx into the folder given. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/hostile"));
        Files.write(dir.resolve("glyph-flood.pdf"), glyphFloodPdf());
        Files.write(dir.resolve("xml-flood.docx"), xmlFloodDocx());
        System.out.println(dir.toAbsolutePath());
    }
}
