package cn.gongkai.server.publication;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.shared.PortalChanged;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many items of one organ that went through its review chain on their own days, written at once: the
 * same records as {@link PublicationService} leaves (the item, its release, one review record per step,
 * the index number from the organ's shared counter, the validity register for 行政规范性文件), in batches and with
 * one ledger entry for the batch instead of one per step. For the demo county's two years on first start
 * (a visitor's first start must take seconds, not minutes); the same rules are checked: the drafter's role,
 * each step's reviewer with that step's role in the same organ, and the confidentiality conclusion of step 1.
 */
@Service
public class BulkPublication {

    /** An item as written, the day it was published and the first step's confidentiality conclusion. */
    public record Reviewed(ItemContent content, LocalDate publishedOn, String confidentiality) {
    }

    private final Items items;
    private final ReviewChains chains;
    private final NormativeDocuments register;
    private final Organs organs;
    private final Ledger ledger;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final IndexNumbers indexNumbers;

    BulkPublication(IndexNumbers indexNumbers, Items items, ReviewChains chains, NormativeDocuments register, Organs organs, Ledger ledger,
            NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.indexNumbers = indexNumbers;
        this.items = items;
        this.chains = chains;
        this.register = register;
        this.organs = organs;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Publishes {@code batch} (in date order, all of one year) for the drafter's organ, approved by
     * {@code reviewers} (one per step of the organ's chain, in order); returns the items' ids.
     */
    @Transactional
    public List<Long> publish(StaffUser drafter, List<StaffUser> reviewers, List<Reviewed> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        if (!drafter.has(Role.DRAFTER)) {
            throw new PublicationException("只有撰稿人可以新建信息");
        }
        Organ organ = organs.byId(drafter.organId()).orElseThrow();
        ReviewChain chain = chains.forOrgan(organ.id());
        if (reviewers.size() != chain.size()) {
            throw new PublicationException("审核流程有 " + chain.size() + " 步，须有每一步的审核人");
        }
        for (int step = 1; step <= chain.size(); step++) {
            StaffUser r = reviewers.get(step - 1);
            if (!r.has(chain.roleAt(step)) || r.organId() != organ.id()) {
                throw new PublicationException("第 " + step + " 步由本机关" + chain.roleAt(step).chinese() + "审核");
            }
        }
        int year = batch.getFirst().publishedOn().getYear();
        if (batch.stream().anyMatch(b -> b.publishedOn().getYear() != year || b.confidentiality().isBlank())) {
            throw new PublicationException("一批信息须同属一年，且每条都有保密审查结论");
        }
        List<Map<String, Object>> releases = new ArrayList<>();
        List<Map<String, Object>> reviews = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        String first = null;
        String last = null;
        for (int n = 0; n < batch.size(); n++) {
            Reviewed b = batch.get(n);
            OffsetDateTime at = b.publishedOn().atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
            ItemContent content = new ItemContent(b.content().title(), b.content().kind(), b.content().documentNumber(),
                    b.content().writtenOn(), b.content().topic(), BodySanitizer.sanitize(b.content().bodyHtml()));
            Item item = Item.draft(items.nextId(), organ.id(), drafter.username(), at, content);
            item.submit(null);
            String index = indexNumbers.next(organ.id(), organ.code(), year); // the shared counter, as one by one
            for (int step = 1; step <= chain.size(); step++) {
                item.approve(chain, b.publishedOn(), index);
                reviews.add(Map.of("i", item.id(), "seq", step, "step", step, "role", chain.roleAt(step).name(),
                        "reviewer", reviewers.get(step - 1).username(), "conf", step == 1 ? b.confidentiality() : "",
                        "at", at.plusMinutes(30L * step)));
            }
            items.insert(item);
            Map<String, Object> release = new java.util.HashMap<>();
            release.put("id", item.id());
            release.put("title", content.title());
            release.put("kind", content.kind().name());
            release.put("docno", content.documentNumber());
            release.put("written", content.writtenOn());
            release.put("topic", content.topic());
            release.put("body", content.bodyHtml());
            release.put("published", b.publishedOn());
            releases.add(release);
            if (content.kind() == ItemKind.NORMATIVE_DOCUMENT) {
                register.register(item, content.writtenOn() != null ? content.writtenOn() : b.publishedOn());
            }
            ids.add(item.id());
            first = first == null ? index : first;
            last = index;
        }
        jdbc.batchUpdate("""
                INSERT INTO item_release (item_id, version, title, kind, document_number, written_on, topic, body_html, published_on)
                VALUES (:id, 1, :title, :kind, :docno, :written, :topic, :body, :published)""",
                SqlParameterSourceUtils.createBatch(releases));
        jdbc.batchUpdate("""
                INSERT INTO review_record (item_id, seq, step, role, reviewer, decision, comment_text, confidentiality, decided_at)
                VALUES (:i, :seq, :step, :role, :reviewer, 'APPROVE', NULL, NULLIF(:conf, ''), :at)""",
                SqlParameterSourceUtils.createBatch(reviews));
        ledger.record(new Action(drafter.username(), organ.id(), "bulk-publish", "item", ids.getFirst() + "-" + ids.getLast(),
                null, batch.size() + " 条信息经" + chain.size() + "级审核发布，索引号 " + first + " 至 " + last));
        events.publishEvent(PortalChanged.organPages(organ.id()));
        return ids;
    }
}
