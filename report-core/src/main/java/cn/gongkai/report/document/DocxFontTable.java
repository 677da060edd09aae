package cn.gongkai.report.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The document's font table (word/fontTable.xml): each face with its Windows alternative
 * ({@code w:altName}) and GB2312 charset, so Word and WPS substitute 宋体/黑体 on machines without the
 * free fonts instead of a Latin default. POI's blank document has no font table, so it is written here.
 */
final class DocxFontTable {

    private static final String TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";

    private DocxFontTable() {
    }

    static void add(XWPFDocument doc) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        for (DocumentFonts.Face face : new DocumentFonts.Face[] {DocumentFonts.BODY, DocumentFonts.HEADING}) {
            xml.append("<w:font w:name=\"").append(face.name()).append("\"><w:altName w:val=\"").append(face.alternative())
                    .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"")
                    .append(face == DocumentFonts.BODY ? "roman" : "modern").append("\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        xml.append("</w:fonts>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            if (doc.getPackage().containPart(name)) {
                return;
            }
            PackagePart part = doc.getPackage().createPart(name, TYPE);
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, REL);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
