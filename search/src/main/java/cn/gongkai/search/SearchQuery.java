package cn.gongkai.search;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the public asked: words, and optional filters by organ, kind and publication date.
 *
 * @param text   the words; the Chinese analyzer segments them, and every word must occur
 * @param page   1-based
 * @param newestFirst  order by publication date, newest first, instead of by relevance (words only;
 *                     without words the order is always by date)
 */
public record SearchQuery(String text, @Nullable Long organId, @Nullable String kind, @Nullable LocalDate from,
        @Nullable LocalDate to, int page, int pageSize, boolean newestFirst) {

    /** Longer queries are refused: nobody types more, and a huge one only costs the server. */
    public static final int MAX_TEXT = 100;
    public static final int MAX_PAGE_SIZE = 50;
    /** Deep paging costs as much as the pages before it; nobody reads past the hundredth page. */
    public static final int MAX_PAGE = 100;

    public SearchQuery {
        text = text.strip();
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("检索词不能超过 " + MAX_TEXT + " 个字");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("每页条数应在 1 到 " + MAX_PAGE_SIZE + " 之间");
        }
        page = Math.max(1, Math.min(page, MAX_PAGE));
    }

    /** By relevance. */
    public SearchQuery(String text, @Nullable Long organId, @Nullable String kind, @Nullable LocalDate from,
            @Nullable LocalDate to, int page, int pageSize) {
        this(text, organId, kind, from, to, page, pageSize, false);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, 1, 10);
    }

    int offset() {
        return (page - 1) * pageSize;
    }
}
