package cn.gongkai.server.publication;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Service;

/**
 * What the public can read of published items, as plain text: for the search index. Withdrawn items
 * and drafts are never here.
 */
@Service
public class PublishedTexts {

    /**
     * @param body            the body without markup
     * @param attachmentText  the text of its PDF and DOCX attachments, or empty
     */
    public record PublishedText(Release release, String body, String attachmentText) {
    }

    private final Items items;
    private final Attachments attachments;

    PublishedTexts(Items items, Attachments attachments) {
        this.items = items;
        this.attachments = attachments;
    }

    public Optional<PublishedText> current(long itemId) {
        return items.currentRelease(itemId).map(this::text);
    }

    /** The next batch after {@code afterItemId}, in item order; empty when there are no more. */
    public List<PublishedText> after(long afterItemId, int limit) {
        return items.releasesAfter(afterItemId, limit).stream().map(this::text).toList();
    }

    public long count() {
        return items.countAllPublished();
    }

    private PublishedText text(Release r) {
        return new PublishedText(r, Jsoup.parse(r.content().bodyHtml()).text(), attachments.textOf(r.itemId(), r.version()));
    }
}
