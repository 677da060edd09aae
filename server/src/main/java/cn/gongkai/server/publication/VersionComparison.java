package cn.gongkai.server.publication;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A correction next to the version the public sees: the metadata field by field, and the body as
 * text, block by block (paragraph, heading, list item, table row), with the changed characters marked
 * ({@code <del>} removed, {@code <ins>} added) by java-diff-utils. The text is escaped by the diff's own
 * normalizer and the result passes a policy that allows nothing but those two tags.
 */
final class VersionComparison {

    /** One metadata field: its name, the published and the new value. */
    record Field(String name, String published, String corrected) {
        public boolean changed() {
            return !published.equals(corrected);
        }
    }

    /** One block of the body: EQUAL, CHANGE, INSERT or DELETE, and its text with the marks (safe HTML). */
    record Block(String kind, String html) {
        public boolean changed() {
            return !kind.equals("EQUAL");
        }
    }

    record Comparison(int publishedVersion, List<Field> fields, List<Block> body) {
        public boolean bodyChanged() {
            return body.stream().anyMatch(Block::changed);
        }
    }

    private static final PolicyFactory MARKS = new HtmlPolicyBuilder().allowElements("del", "ins").toFactory();
    private static final DiffRowGenerator DIFF = DiffRowGenerator.create().showInlineDiffs(true)
            .mergeOriginalRevised(true).inlineDiffByWord(false)
            .oldTag(start -> start ? "<del>" : "</del>").newTag(start -> start ? "<ins>" : "</ins>").build();

    private VersionComparison() {
    }

    static Comparison of(Release published, ItemContent corrected) {
        ItemContent p = published.content();
        List<Field> fields = List.of(new Field("标题", p.title(), corrected.title()),
                new Field("类别", p.kind().chinese(), corrected.kind().chinese()),
                new Field("文号", text(p.documentNumber()), text(corrected.documentNumber())),
                new Field("成文日期", text(p.writtenOn()), text(corrected.writtenOn())),
                new Field("主题分类", text(p.topic()), text(corrected.topic())));
        List<Block> body = new ArrayList<>();
        for (DiffRow row : DIFF.generateDiffRows(blocks(p.bodyHtml()), blocks(corrected.bodyHtml()))) {
            body.add(new Block(row.getTag().name(), BodySanitizer.asCharacters(MARKS.sanitize(row.getOldLine()))));
        }
        return new Comparison(published.version(), fields, body);
    }

    /** The body's text, one entry per block; a table row's cells joined by " | ". */
    static List<String> blocks(String html) {
        List<String> out = new ArrayList<>();
        for (Element e : Jsoup.parseBodyFragment(html).body().select("p, h1, h2, h3, h4, h5, h6, li, tr")) {
            if (e.tagName().equals("tr")) {
                out.add(String.join(" | ", e.select("> th, > td").eachText()));
            } else if (e.parents().stream().noneMatch(a -> a.tagName().equals("td") || a.tagName().equals("th"))) {
                Element own = e.clone();
                own.select("ul, ol").remove(); // a nested list's items are blocks of their own
                String text = own.text();
                if (!text.isBlank()) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    private static String text(Object value) {
        return Objects.toString(value, "—");
    }
}
