package cn.gongkai.server.search;

import cn.gongkai.search.QueryOperators;
import cn.gongkai.search.SearchIndex;
import cn.gongkai.search.SearchPage;
import cn.gongkai.search.SearchQuery;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.publication.ItemKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 信息检索: the public search page (no login), over every organ's published items or one organ's. */
@Controller
class SearchController {

    static final int PAGE_SIZE = 10;

    static final int PAGE_HITS = 5;

    private final SearchIndex index;
    private final Organs organs;
    private final List<PageSource> pages;
    private final SearchResultCache answers;
    private final ItemIndexer indexer;

    SearchController(SearchIndex index, Organs organs, List<PageSource> pages, SearchResultCache answers,
            ItemIndexer indexer) {
        this.index = index;
        this.organs = organs;
        this.pages = pages;
        this.answers = answers;
        this.indexer = indexer;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "organ", defaultValue = "") String organCode,
            @RequestParam(name = "kind", defaultValue = "") String kind,
            @RequestParam(name = "from", defaultValue = "") String from,
            @RequestParam(name = "to", defaultValue = "") String to,
            @RequestParam(name = "page", defaultValue = "1") String page,
            @RequestParam(name = "sort", defaultValue = "") String sort, Model model) {
        List<String> problems = new ArrayList<>();
        Optional<Organ> organ = organCode.isBlank() ? Optional.empty() : organs.byCode(organCode);
        if (!organCode.isBlank() && organ.isEmpty()) {
            problems.add("没有这个机关，已在全部机关中检索");
        }
        String kindName = Arrays.stream(ItemKind.values()).map(Enum::name).filter(kind::equals).findFirst().orElse(null);
        LocalDate fromDate = date(from, "起始日期", problems);
        LocalDate toDate = date(to, "截止日期", problems);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            problems.add("起始日期晚于截止日期，请对调后再检索");
        }
        int pageNumber = parsePage(page);
        // 按相关度 (default) or 按日期; anything else is the default, so an old or edited link still works.
        boolean byDate = "date".equals(sort);
        model.addAttribute("sort", byDate ? "date" : "");
        model.addAttribute("q", q);
        model.addAttribute("organCode", organ.map(Organ::code).orElse(""));
        model.addAttribute("kind", kindName == null ? "" : kindName);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("organs", organs.all());
        model.addAttribute("kinds", ItemKind.values());
        boolean asked = !q.isBlank() || organ.isPresent() || kindName != null || fromDate != null || toDate != null;
        if (q.strip().length() > SearchQuery.MAX_TEXT) {
            problems.add("检索词不能超过 " + SearchQuery.MAX_TEXT + " 个字，请缩短后再检索");
            asked = false;
        } else {
            problems.addAll(QueryOperators.limit(q).notes()); // the limits SearchIndex applies, said on the page
        }
        model.addAttribute("problems", problems);
        if (asked && (fromDate == null || toDate == null || !fromDate.isAfter(toDate))) {
            SearchQuery query = new SearchQuery(q, organ.map(Organ::id).orElse(null), kindName, fromDate, toDate,
                    pageNumber, PAGE_SIZE, byDate);
            boolean complete = !indexer.catchingUp();
            model.addAttribute("incomplete", !complete);
            SearchResultCache.Answer answer = answers.get(query.toString(), complete, () -> answer(query, kindName));
            model.addAttribute("result", answer.result());
            model.addAttribute("pageHits", answer.pageHits());
            if (!answer.suggestions().isEmpty()) {
                model.addAttribute("suggestions", answer.suggestions());
            }
        }
        return "search/results";
    }

    /** Items from the index; guides, rules pages, annual reports and catalog entries on the first page. */
    private SearchResultCache.Answer answer(SearchQuery query, @Nullable String kindName) {
        SearchPage result = index.search(query);
        List<String> terms = Arrays.stream(query.text().toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                .filter(t -> !t.isBlank()).toList();
        List<PageSource.PageHit> pageHits = new ArrayList<>();
        if (!terms.isEmpty() && query.page() == 1 && kindName == null) {
            pages.forEach(source -> pageHits.addAll(source.find(terms, query.organId(), PAGE_HITS)));
        }
        List<PageSource.PageHit> shown = pageHits.size() > PAGE_HITS * 2 ? pageHits.subList(0, PAGE_HITS * 2) : pageHits;
        List<String> suggestions = result.total() == 0 && shown.isEmpty() ? Suggestions.of(query.text()) : List.of();
        return new SearchResultCache.Answer(result, List.copyOf(shown), suggestions);
    }

    private static @Nullable LocalDate date(String value, String label, List<String> problems) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(label + "“" + value + "”不是日期，请写成 2025-01-31 的形式");
            return null;
        }
    }

    private static int parsePage(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
