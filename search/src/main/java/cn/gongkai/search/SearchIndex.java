package cn.gongkai.search;

import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/**
 * The index of published items. Writes made through {@link #put} and {@link #remove} are searchable
 * when the call returns. Thread-safe.
 */
public final class SearchIndex implements AutoCloseable {

    /** A title match outweighs any number of body matches: people search for documents by their title. */
    static final float TITLE_BOOST = 8f;
    /** Exact hit counts cost a full scan of the matches; past this the page says "more than". */
    static final int EXACT_COUNT_UP_TO = 10_000;
    static final int SNIPPET_CHARS = 120;
    private static final int TITLE_CHARS = 400;

    private final CloseableSearchMapping mapping;

    private SearchIndex(CloseableSearchMapping mapping) {
        this.mapping = mapping;
    }

    /** Opens the index, creating it or updating its mapping; fails when a cluster cannot be reached. */
    public static SearchIndex open(SearchSettings settings) {
        CloseableSearchMapping mapping = SearchMapping
                .builder(AnnotatedTypeSource.fromClasses(ItemDocument.class), MethodHandles.lookup())
                .properties(settings.properties()).build();
        return new SearchIndex(mapping);
    }

    /** Adds or replaces one item. */
    public void put(ItemDocument document) {
        try (SearchSession session = syncSession()) {
            session.indexingPlan().addOrUpdate(document);
        }
    }

    /** Adds or replaces many items at once (one commit for all of them), as a rebuild does. */
    public void putAll(Collection<ItemDocument> documents) {
        try (SearchSession session = mapping.createSessionWithOptions().indexingPlanSynchronizationStrategy(WRITE_NO_COMMIT)
                .build()) {
            for (ItemDocument d : documents) {
                session.indexingPlan().addOrUpdate(d);
            }
        }
        try (SearchSession session = mapping.createSession()) {
            session.workspace().flush();
            session.workspace().refresh();
        }
    }

    /**
     * Waits until the documents are written, without committing each one: the default commits (and
     * so fsyncs) per write, which made a rebuild of 100k items take many minutes. One commit follows.
     */
    private static final IndexingPlanSynchronizationStrategy WRITE_NO_COMMIT = context -> {
        context.documentCommitStrategy(DocumentCommitStrategy.NONE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
        context.indexingFutureHandler(future -> future.join().throwable().ifPresent(t -> {
            throw new IllegalStateException("检索索引写入失败", t);
        }));
    };

    public void remove(long itemId) {
        try (SearchSession session = syncSession()) {
            session.indexingPlan().purge(ItemDocument.class, itemId, null);
        }
    }

    /** Empties the index (before a rebuild). */
    public void clear() {
        try (SearchSession session = mapping.createSession()) {
            session.workspace().purge();
            session.workspace().refresh();
        }
    }

    public long count() {
        try (SearchSession session = mapping.createSession()) {
            return session.search(ItemDocument.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    public SearchPage search(SearchQuery asked) {
        // The costly operators limited the same way for both backends (the page shows QueryOperators' notes).
        String words = QueryOperators.limit(asked.text()).text().strip();
        if (words.length() > SearchQuery.MAX_TEXT) { // a bare "a~" became "a~1": at most 3 characters more
            words = words.substring(0, SearchQuery.MAX_TEXT);
        }
        SearchQuery q = new SearchQuery(words, asked.organId(), asked.kind(), asked.from(), asked.to(), asked.page(),
                asked.pageSize(), asked.newestFirst());
        try (SearchSession session = mapping.createSession()) {
            SearchResult<List<?>> result = session.search(ItemDocument.class)
                    .select(f -> f.composite().from(
                            f.id(Long.class),
                            f.field("organId", Long.class),
                            f.field("organCode", String.class),
                            f.field("organName", String.class),
                            f.field("indexNumber", String.class),
                            f.field("kind", String.class),
                            f.field("title", String.class),
                            f.field("publishedOn", LocalDate.class),
                            f.highlight("title").highlighter("title").single(),
                            f.highlight("body").single(),
                            f.highlight("attachmentText").single(),
                            f.field("body", String.class)).asList())
                    .where(f -> predicate(f, q))
                    // Relevance alone for words: a second sort key would stop Lucene from skipping the
                    // documents that cannot make the first page (block-max WAND), the cost at 1M items.
                    .sort(f -> q.text().isEmpty() || q.newestFirst() ? f.field("publishedOn").desc() : f.score())
                    // Term vectors are stored (Highlightable.ANY), so snippets need no second analysis.
                    .highlighter(h -> h.fastVector().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                            .fragmentSize(SNIPPET_CHARS).numberOfFragments(1))
                    // No encoder here: OpenSearch takes it only for the whole request (set above).
                    .highlighter("title", h -> h.fastVector().tag("<mark>", "</mark>")
                            .fragmentSize(TITLE_CHARS).numberOfFragments(1).noMatchSize(TITLE_CHARS))
                    .totalHitCountThreshold(EXACT_COUNT_UP_TO)
                    .fetch(q.offset(), q.pageSize());
            List<SearchHit> hits = new ArrayList<>();
            for (List<?> row : result.hits()) {
                hits.add(hit(row));
            }
            return new SearchPage(hits, result.total().hitCountLowerBound(), result.total().isHitCountExact(), q.page(),
                    q.pageSize());
        }
    }

    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep predicate(
            SearchPredicateFactory f, SearchQuery q) {
        BooleanPredicateClausesStep<?, ?> b = f.bool();
        if (q.text().isEmpty()) {
            b.must(f.matchAll());
        } else {
            b.must(f.simpleQueryString().field("title").boost(TITLE_BOOST).field("body").field("attachmentText")
                    .matching(q.text()).defaultOperator(BooleanOperator.AND));
        }
        if (q.organId() != null) {
            b.filter(f.match().field("organId").matching(q.organId()));
        }
        if (q.kind() != null) {
            b.filter(f.match().field("kind").matching(q.kind()));
        }
        if (q.from() != null || q.to() != null) {
            b.filter(f.range().field("publishedOn").between(q.from(), q.to()));
        }
        return b;
    }

    private static SearchHit hit(List<?> row) {
        String title = (String) row.get(6);
        String titleHtml = row.get(8) instanceof String s ? s : Html.escape(title);
        String bodyMatch = (String) row.get(9);
        String attachmentMatch = (String) row.get(10);
        String snippet;
        boolean fromAttachment = false;
        if (bodyMatch != null) {
            snippet = bodyMatch;
        } else if (attachmentMatch != null) {
            snippet = attachmentMatch;
            fromAttachment = true;
        } else {
            String body = (String) row.get(11);
            snippet = Html.escape(body == null ? "" : body.length() > SNIPPET_CHARS ? body.substring(0, SNIPPET_CHARS) + "…" : body);
        }
        return new SearchHit((Long) row.get(0), (Long) row.get(1), (String) row.get(2), (String) row.get(3),
                (String) row.get(4), (String) row.get(5), title, titleHtml, snippet, fromAttachment,
                (LocalDate) row.get(7));
    }

    private SearchSession syncSession() {
        return mapping.createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync()).build();
    }

    @Override
    public void close() {
        mapping.close();
    }
}
