package cn.gongkai.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param total      how many items match, or at least how many when {@code exact} is false
 */
public record SearchPage(List<SearchHit> hits, long total, boolean exact, int page, int pageSize) {

    public SearchPage {
        hits = List.copyOf(hits);
    }

    public int pages() {
        long p = (total + pageSize - 1) / pageSize;
        return (int) Math.min(p, SearchQuery.MAX_PAGE);
    }
}
