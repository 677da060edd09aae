package cn.gongkai.server;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.catalog.CatalogService;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.publication.AttachmentService;
import cn.gongkai.server.publication.BulkPublication;
import cn.gongkai.server.publication.Item;
import cn.gongkai.server.publication.ItemContent;
import cn.gongkai.server.publication.ItemKind;
import cn.gongkai.server.publication.PublicationService;
import cn.gongkai.server.publication.ReviewChain;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A year of an organ's items, each written by its drafter, reviewed along its chain and published on its
 * day through {@link PublicationService} — so counts, index numbers, release dates, the ledger and the
 * search index are the platform's own. Some carry a generated Word or PDF attachment, photos an image with
 * its alternative text, and budget and assistance items are filed in the organ's 公开目录.
 */
@Component
class DemoItems {

    private final PublicationService publication;
    private final AttachmentService attachments;
    private final CatalogService catalogs;
    private final DemoAttachments files;
    private final TravellingClock clock;
    private final BulkPublication bulk;
    private static final String CONFIDENTIALITY = "经审查不涉及国家秘密，可以公开";

    DemoItems(PublicationService publication, AttachmentService attachments, CatalogService catalogs, DemoAttachments files,
            java.time.Clock clock, BulkPublication bulk) {
        this.bulk = bulk;
        this.publication = publication;
        this.attachments = attachments;
        this.catalogs = catalogs;
        this.files = files;
        this.clock = TravellingClock.of(clock);
    }

    /** A year of an organ's items: how many of each kind, published from early January to {@code until}. */
    record Year(Organ organ, String shortName, int year, Map<ItemKind, Integer> counts, LocalDate until) {
    }

    /** An item of such a year as it will be written; {@code withFile}: the one that carries a Word or PDF file. */
    record Planned(ItemKind kind, LocalDate day, DemoTexts.Text text, boolean withFile) {
    }

    /**
     * The year's items, spread over the working days from early January to {@code until}, several a month, in
     * date order. The year's first notice or 其他信息 carries a file (Word and PDF are costly to make and to read
     * back for the index, so one a year shows the feature). Deterministic: {@link DemoAttachments} makes the files
     * from the same plan before the items are written.
     */
    static List<Planned> plan(Year y) {
        List<ItemKind> kinds = interleaved(y.counts());
        LocalDate first = LocalDate.of(y.year(), 1, 3);
        long span = java.time.temporal.ChronoUnit.DAYS.between(first, y.until());
        List<Planned> out = new ArrayList<>(kinds.size());
        boolean filed = false;
        for (int i = 0; i < kinds.size(); i++) {
            ItemKind kind = kinds.get(i);
            long shift = Math.min(y.organ().id() % 5, span); // organs' days differ a little
            LocalDate day = workingDay(first.plusDays(Math.min(span, span * i / kinds.size() + shift)), first);
            boolean withFile = !filed && (kind == ItemKind.NOTICE || kind == ItemKind.OTHER);
            filed |= withFile;
            out.add(new Planned(kind, day, DemoTexts.of(kind, y.shortName(), day, i), withFile));
        }
        return out;
    }

    /** Publishes the year's {@link #plan}ned items, in date order. */
    void publishYear(Year y) {
        Organ organ = y.organ();
        StaffUser drafter = user(organ, "drafter", Role.DRAFTER);
        ReviewChain chain = publication.chainOf(organ.id());
        List<StaffUser> reviewers = new ArrayList<>();
        for (int step = 1; step <= chain.size(); step++) {
            reviewers.add(reviewer(organ, chain.roleAt(step)));
        }
        List<BulkPublication.Reviewed> pending = new ArrayList<>();
        List<String> pendingTitles = new ArrayList<>();
        for (Planned p : plan(y)) {
            DemoTexts.Text text = p.text();
            ItemContent content = new ItemContent(text.title(), p.kind(), null, p.day(), text.topic(), body(text));
            if (p.withFile()) {
                // The item with the file goes the single way, where files are attached.
                flush(organ, drafter, reviewers, pending, pendingTitles);
                clock.travelTo(p.day(), LocalTime.of(9, 30));
                Item item = publication.create(drafter, content);
                attachments.attach(drafter, item.id(), files.take(y, text));
                publication.submit(drafter, item.id(), "演示数据：模板文字");
                for (int step = 1; step <= chain.size(); step++) {
                    publication.approve(reviewers.get(step - 1), item.id(), step == 1 ? CONFIDENTIALITY : null);
                }
                file(organ, item.id(), text.title());
            } else {
                pending.add(new BulkPublication.Reviewed(content, p.day(), CONFIDENTIALITY));
                pendingTitles.add(text.title());
            }
        }
        flush(organ, drafter, reviewers, pending, pendingTitles);
        clock.back();
    }

    private void flush(Organ organ, StaffUser drafter, List<StaffUser> reviewers, List<BulkPublication.Reviewed> pending,
            List<String> titles) {
        List<Long> ids = bulk.publish(drafter, reviewers, pending);
        for (int n = 0; n < ids.size(); n++) {
            file(organ, ids.get(n), titles.get(n));
        }
        pending.clear();
        titles.clear();
    }

    /** Budget items in 财政预决算, assistance notices in 最低生活保障 (the organs' catalog has both entries). */
    private void file(Organ organ, long itemId, String title) {
        String area = title.contains("预算") || title.contains("决算") ? "财政预决算"
                : title.contains("低保") || title.contains("救助") ? "最低生活保障" : null;
        if (area == null) {
            return;
        }
        StaffUser admin = user(organ, "admin", Role.ORGAN_ADMIN);
        catalogs.options(organ.id()).stream().filter(o -> o.label().contains(area)).findFirst()
                .ifPresent(o -> catalogs.assign(admin, organ.id(), itemId, o.id()));
    }

    /** Kinds mixed through the year as they come (news, a notice, a photo…), not all news first. */
    private static List<ItemKind> interleaved(Map<ItemKind, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<ItemKind> out = new ArrayList<>(total);
        Map<ItemKind, int[]> used = new java.util.EnumMap<>(ItemKind.class);
        counts.keySet().forEach(k -> used.put(k, new int[1]));
        for (int i = 0; i < total; i++) {
            ItemKind best = null;
            double behind = -1;
            for (Map.Entry<ItemKind, Integer> e : counts.entrySet()) {
                int done = used.get(e.getKey())[0];
                if (done < e.getValue()) {
                    double lag = (double) (i + 1) * e.getValue() / total - done;
                    if (lag > behind) {
                        behind = lag;
                        best = e.getKey();
                    }
                }
            }
            used.get(best)[0]++;
            out.add(best);
        }
        return out;
    }

    private static LocalDate workingDay(LocalDate day, LocalDate first) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d.isBefore(first) ? first : d;
    }

    private static String body(DemoTexts.Text text) {
        StringBuilder html = new StringBuilder();
        for (String p : text.paragraphs()) {
            html.append("<p>").append(HtmlUtils.htmlEscape(p)).append("</p>");
        }
        if (text.picture() != null) {
            html.append("<p><img src=\"").append(text.picture()).append("\" alt=\"")
                    .append(HtmlUtils.htmlEscape(text.pictureAlt())).append("\" width=\"640\" height=\"400\"></p>");
        }
        return html.toString();
    }

    static StaffUser user(Organ organ, String suffix, Role role) {
        return new StaffUser(0, organ.code() + "." + suffix, organ.name(), organ.id(), EnumSet.of(role), "", true, false);
    }

    /** The reviewer accounts of the demo: 科室初审 reviewer1, 分管领导 reviewer2, 主要领导 reviewer3. */
    static StaffUser reviewer(Organ organ, Role role) {
        String suffix = switch (role) {
            case FIRST_REVIEWER -> "reviewer1";
            case SECOND_REVIEWER -> "reviewer2";
            default -> "reviewer3";
        };
        return user(organ, suffix, role);
    }
}
