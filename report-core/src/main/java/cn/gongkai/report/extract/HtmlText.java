package cn.gongkai.report.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an HTML page into report lines: one line per block element, one line per table row with
 * its cells separated by tabs (blank cells kept as empty fields). Scripts, styles and forms are
 * dropped; navigation text stays, the report parser skips it. The walk is iterative (jsoup's
 * {@link NodeTraversor}), so deeply nested markup cannot exhaust the stack.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "section", "article", "header",
            "footer", "blockquote", "pre", "dt", "dd", "caption", "title", "hr", "ul", "ol", "nav", "main");

    private HtmlText() {
    }

    /** What a CMS page says about the article in its head: publication date and source organ. */
    static Map<String, String> meta(Document doc) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : doc.select("meta[name], meta[property]")) {
            String name = (m.hasAttr("name") ? m.attr("name") : m.attr("property")).toLowerCase(Locale.ROOT);
            String content = m.attr("content").strip();
            if (content.isEmpty() || content.length() > 200) {
                continue;
            }
            switch (name) {
                case "pubdate", "publishdate", "firstpublishedtime", "article:published_time", "published_time" ->
                        meta.putIfAbsent("pubDate", content);
                case "contentsource", "source" -> meta.putIfAbsent("source", content);
                default -> { }
            }
        }
        String title = doc.title().strip();
        if (!title.isEmpty() && title.length() <= 200) {
            meta.put("title", title); // the page's <title>: the report's name when the body prints none
        }
        return meta;
    }

    static SourceText read(String html, String charset) {
        Document doc = Jsoup.parse(html);
        Map<String, String> meta = meta(doc);
        return new SourceText(lines(doc), "html", charset, meta);
    }

    static List<String> lines(String html) {
        return lines(Jsoup.parse(html));
    }

    private static List<String> lines(Document doc) {
        doc.select("script, style, noscript, template, form, iframe, svg").remove();
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText().replaceAll("[\\r\\n\\t]+", " "));
                } else if (node instanceof Element el) {
                    if (el.normalName().equals("table")) {
                        flush(out, current);
                        table(el, out);
                        return FilterResult.SKIP_CHILDREN;
                    }
                    if (BLOCKS.contains(el.normalName())) {
                        flush(out, current);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    flush(out, current);
                }
                return FilterResult.CONTINUE;
            }
        }, doc.body());
        flush(out, current);
        return out;
    }

    private static void table(Element table, List<String> out) {
        for (Element row : table.select("tr")) {
            if (row.closest("table") != table) {
                continue; // a nested table's rows are read where they stand
            }
            List<String> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(cell.text().replace('\t', ' ').trim());
                }
            }
            out.add(String.join("\t", cells));
        }
    }

    private static void flush(List<String> out, StringBuilder current) {
        String line = current.toString().replace('\u00a0', ' ').strip();
        if (!line.isEmpty()) {
            out.add(line);
        }
        current.setLength(0);
    }
}
