package cn.gongkai.server.publication;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a drafter writes: title, kind, 文号, 成文日期, 主题分类 and the body (HTML, already
 * sanitized by {@link BodySanitizer}).
 */
public record ItemContent(String title, ItemKind kind, @Nullable String documentNumber, @Nullable LocalDate writtenOn,
        @Nullable String topic, String bodyHtml) {

    public ItemContent {
        if (title.isBlank()) {
            throw new PublicationException("请填写标题");
        }
        if (title.length() > 300) {
            throw new PublicationException("标题不能超过 300 个字");
        }
        title = title.strip();
    }

    /** A plain-text summary is cut here (RSS descriptions): a reader's preview, not the whole text. */
    public static final int SUMMARY_CHARS = 200;

    /** The body as plain text (tags dropped, entities read, paragraphs joined by a space), cut with "…". */
    public String summary() {
        String text = org.jsoup.Jsoup.parse(bodyHtml).text().strip();
        return text.length() <= SUMMARY_CHARS ? text : text.substring(0, SUMMARY_CHARS) + "…";
    }
}
