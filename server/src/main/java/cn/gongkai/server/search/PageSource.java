package cn.gongkai.server.search;

import java.util.List;

/**
 * Public pages that are not items — organs' 政府信息公开指南 and 制度 pages, annual reports, catalog
 * entries — offered to 信息检索 by the features that own them (the site module), so the search page
 * covers everything public without the search module depending on those features.
 */
public interface PageSource {

    /** A page that matched: what it is (指南, 年度报告, …), its title, address, a short extract and its date (may be empty). */
    record PageHit(String what, String title, String url, String extract, String date) {
    }

    /** Pages (of one organ, or of all when null) containing every one of {@code terms} (lower-cased), best first. */
    List<PageHit> find(List<String> terms, @org.jspecify.annotations.Nullable Long organId, int limit);
}
