package cn.gongkai.search;

import java.time.LocalDate;

/**
 * One result line. {@code titleHtml} and {@code snippetHtml} are HTML: the item's text escaped, the
 * matched words wrapped in {@code <mark>}; nothing else of the text can become markup.
 *
 * @param snippetFromAttachment whether the snippet was taken from an attachment's text
 */
public record SearchHit(long itemId, long organId, String organCode, String organName, String indexNumber, String kind,
        String title, String titleHtml, String snippetHtml, boolean snippetFromAttachment, LocalDate publishedOn) {
}
