package cn.gongkai.server.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;
import org.springframework.web.util.HtmlUtils;

/**
 * A Word or WPS document's body as the HTML an item stores: headings (by style name or outline level,
 * as Word's "heading 1" and WPS's numeric style ids both say), paragraphs, bulleted and numbered lists,
 * tables (with merged cells, {@link DocxTables}) and images, which leave the text and become attachments
 * with the picture's description (or title) as alternative text. The HTML is escaped here and sanitized
 * again when the draft is saved. Limits: {@link #MAX_CHARS} characters, {@link #MAX_IMAGES} images.
 */
final class DocxBody {

    static final int MAX_CHARS = 500_000;
    static final int MAX_IMAGES = AttachmentService.MAX_PER_ITEM;

    /** An image of the document; {@code alt} is its description or title, null when it has none. */
    record Image(String fileName, byte[] bytes, @Nullable String alt) {
    }

    /** One paragraph of plain text, in document order, for finding the 文号, title and 成文日期. */
    record Line(String text, boolean centered, int headingLevel) {
    }

    private final XWPFDocument doc;
    private final StringBuilder html = new StringBuilder();
    private final List<Image> images = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<String> openLists = new ArrayList<>();
    private int tables;

    private DocxBody(XWPFDocument doc) {
        this.doc = doc;
    }

    /** The converted body: HTML, images, the paragraphs as text (with where each begins in the HTML). */
    record Result(String html, List<Image> images, List<Line> lines, List<Integer> lineStarts, int tables) {
    }

    private final List<Integer> lineStarts = new ArrayList<>();

    static Result convert(XWPFDocument doc) {
        DocxBody body = new DocxBody(doc);
        for (IBodyElement element : doc.getBodyElements()) {
            body.element(element);
        }
        body.closeLists(0);
        return new Result(body.html.toString(), List.copyOf(body.images), List.copyOf(body.lines),
                List.copyOf(body.lineStarts), body.tables);
    }

    private void element(IBodyElement element) {
        if (element instanceof XWPFParagraph p) {
            paragraph(p);
        } else if (element instanceof XWPFTable t) {
            closeLists(0);
            tables++;
            lineStarts.add(html.length());
            lines.add(new Line("", false, 0));
            html.append(DocxTables.html(t, this::cellText));
        } else if (element instanceof XWPFSDT sdt) {
            closeLists(0);
            String text = sdt.getContent().getText().strip();
            if (!text.isEmpty()) {
                lineStarts.add(html.length());
                lines.add(new Line(text, false, 0));
                html.append("<p>").append(escape(text)).append("</p>\n");
            }
        }
        if (html.length() > MAX_CHARS) {
            throw new PublicationException("Word 文件的正文超过 " + MAX_CHARS + " 个字符的上限，请拆分成几条信息分别导入");
        }
    }

    private void paragraph(XWPFParagraph p) {
        String inner = runs(p);
        String text = p.getText().strip();
        int level = headingLevel(p);
        lineStarts.add(html.length());
        lines.add(new Line(text, p.getAlignment() == ParagraphAlignment.CENTER, level));
        if (p.getNumID() != null && level == 0 && !text.isEmpty()) {
            listItem(p, inner);
            return;
        }
        closeLists(0);
        if (text.isEmpty()) {
            return; // empty paragraphs are Word's spacing, not content
        }
        String tag = level > 0 ? "h" + Math.min(6, level + 1) : "p"; // the page's own title is h1
        html.append('<').append(tag).append('>').append(inner.strip()).append("</").append(tag).append(">\n");
    }

    private void listItem(XWPFParagraph p, String inner) {
        int depth = (p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue()) + 1;
        String tag = "bullet".equals(p.getNumFmt()) ? "ul" : "ol";
        closeLists(depth);
        if (openLists.size() == depth && !openLists.get(depth - 1).equals(tag)) {
            closeLists(depth - 1);
        }
        while (openLists.size() < depth) {
            html.append('<').append(tag).append(">\n");
            openLists.add(tag);
        }
        html.append("<li>").append(inner.strip()).append("</li>\n");
    }

    /** Closes lists until {@code depth} remain open. */
    private void closeLists(int depth) {
        while (openLists.size() > depth) {
            html.append("</").append(openLists.remove(openLists.size() - 1)).append(">\n");
        }
    }

    /** The paragraph's text with bold and italic kept; pictures collected as images. */
    private String runs(XWPFParagraph p) {
        StringBuilder out = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            collectImages(run);
            String text = run.text();
            if (text.isEmpty()) {
                continue;
            }
            String escaped = escape(text).replace("\n", "<br>");
            if (run.isBold()) {
                escaped = "<strong>" + escaped + "</strong>";
            }
            if (run.isItalic()) {
                escaped = "<em>" + escaped + "</em>";
            }
            out.append(escaped);
        }
        return out.toString();
    }

    /** A table cell's paragraphs as text lines (images in cells are collected too). */
    private String cellText(List<XWPFParagraph> paragraphs) {
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph p : paragraphs) {
            String inner = runs(p).strip();
            if (!inner.isEmpty()) {
                parts.add(inner);
            }
        }
        return String.join("<br>", parts);
    }

    private void collectImages(XWPFRun run) {
        List<XWPFPicture> pictures = run.getEmbeddedPictures();
        for (int i = 0; i < pictures.size(); i++) {
            XWPFPicture picture = pictures.get(i);
            if (picture.getPictureData() == null) {
                continue;
            }
            if (images.size() >= MAX_IMAGES) {
                throw new PublicationException("Word 文件中的图片超过 " + MAX_IMAGES + " 张（每条信息最多 " + MAX_IMAGES
                        + " 个附件），请删去多余图片后再导入");
            }
            String alt = describe(run, i, picture);
            String ext = picture.getPictureData().suggestFileExtension().toLowerCase(Locale.ROOT);
            String name = "图" + (images.size() + 1) + "." + (ext.equals("jpeg") ? "jpg" : ext);
            images.add(new Image(name, picture.getPictureData().getData(), alt));
        }
    }

    /**
     * The picture's description, else its title: Word writes them into the drawing's docPr (Alt Text),
     * WPS often only a title there; the picture's own cNvPr is the last place to look.
     */
    private static @Nullable String describe(XWPFRun run, int index, XWPFPicture picture) {
        List<CTNonVisualDrawingProps> props = new ArrayList<>();
        for (CTDrawing drawing : run.getCTR().getDrawingList()) {
            drawing.getInlineList().forEach(inline -> props.add(inline.getDocPr()));
            drawing.getAnchorList().forEach(anchor -> props.add(anchor.getDocPr()));
        }
        if (index < props.size() && props.get(index) != null) {
            String text = firstOf(props.get(index).getDescr(), props.get(index).getTitle());
            if (text != null) {
                return text;
            }
        }
        var own = picture.getCTPicture().getNvPicPr() == null ? null : picture.getCTPicture().getNvPicPr().getCNvPr();
        return own == null ? null : firstOf(own.getDescr(), own.getTitle());
    }

    private static @Nullable String firstOf(@Nullable String a, @Nullable String b) {
        if (describes(a)) {
            return a.strip();
        }
        return describes(b) ? b.strip() : null;
    }

    /** Editors write the picture's file name where nobody described it: "image1.png" says nothing. */
    private static final java.util.regex.Pattern FILE_NAME =
            java.util.regex.Pattern.compile("(?i)\\S+\\.(png|jpe?g|gif|bmp|emf|wmf|tiff?|svg|webp)");

    private static boolean describes(@Nullable String text) {
        return text != null && !text.isBlank() && !FILE_NAME.matcher(text.strip()).matches();
    }

    /** 1 for a first-level heading, 0 for body text: by style name (any id) or by outline level. */
    private int headingLevel(XWPFParagraph p) {
        var ppr = p.getCTP().getPPr();
        if (ppr != null && ppr.getOutlineLvl() != null && ppr.getOutlineLvl().getVal() != null) {
            int lvl = ppr.getOutlineLvl().getVal().intValue();
            return lvl < 9 ? lvl + 1 : 0; // 9 is "body text"
        }
        String id = p.getStyleID();
        if (id == null || doc.getStyles() == null) {
            return 0;
        }
        XWPFStyle style = doc.getStyles().getStyle(id);
        String name = (style == null || style.getName() == null ? id : style.getName()).toLowerCase(Locale.ROOT)
                .replace(" ", "");
        for (String prefix : new String[] {"heading", "标题"}) {
            if (name.startsWith(prefix) && name.length() == prefix.length() + 1
                    && Character.isDigit(name.charAt(prefix.length()))) {
                return name.charAt(prefix.length()) - '0';
            }
        }
        if (style != null && style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().getOutlineLvl() != null) {
            int lvl = style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue();
            return lvl < 9 ? lvl + 1 : 0;
        }
        return 0;
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
