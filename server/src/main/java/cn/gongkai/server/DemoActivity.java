package cn.gongkai.server;

import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.publication.ItemKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Two years of work in the demo county (2024 and 2025, and this year so far), written through the
 * platform's services on the days it happened: items, requests, reviews, supervision, and the five seed
 * townships' annual reports of their seed year, which then equal the seeds where the seeds state a figure.
 *
 * <p>How many items of each kind: where a seed states them, the seed's (普威镇 2025: 工作动态 27, 通知公告 7,
 * 图片展示 5, 其他信息 6; 丙谷镇 2024: 37 + 13). Where it states only a total, the total, itemized so that the
 * parts add up (白坡彝族乡 2024: 73, of which the seed itemizes 57; the other 16 are 其他信息; 小铺镇 2025: 473).
 * Elsewhere a believable number. README (演示县) says the same for visitors.
 */
@Component
class DemoActivity {

    /** Items of an organ in a year, by kind. */
    record Plan(String organ, int year, Map<ItemKind, Integer> counts) {
    }

    private final DemoItems items;
    private final DemoCases cases;
    private final DemoReports reports;
    private final DemoSupervision supervision;
    private final Organs organs;
    private final Clock clock;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoActivity.class);

    DemoActivity(DemoItems items, DemoCases cases, DemoReports reports, DemoSupervision supervision, Organs organs, Clock clock) {
        this.items = items;
        this.cases = cases;
        this.reports = reports;
        this.supervision = supervision;
        this.organs = organs;
        this.clock = clock;
    }

    static Map<ItemKind, Integer> kinds(int news, int notices, int photos, int policy, int other) {
        Map<ItemKind, Integer> m = new LinkedHashMap<>();
        m.put(ItemKind.WORK_NEWS, news);
        m.put(ItemKind.NOTICE, notices);
        m.put(ItemKind.PHOTO, photos);
        m.put(ItemKind.POLICY_INTERPRETATION, policy);
        m.put(ItemKind.OTHER, other);
        m.values().removeIf(n -> n == 0);
        return m;
    }

    /** What each organ published in 2024 and 2025; the seed years are the seeds'. */
    static final java.util.List<Plan> PLANS = java.util.List.of(
            new Plan("puwei", 2024, kinds(22, 6, 4, 0, 4)),
            new Plan("puwei", 2025, kinds(27, 7, 5, 0, 6)),
            new Plan("gaoping", 2024, kinds(20, 6, 3, 1, 2)),
            new Plan("gaoping", 2025, kinds(24, 8, 4, 0, 2)),
            new Plan("baipo", 2024, kinds(51, 4, 2, 0, 16)),
            new Plan("baipo", 2025, kinds(30, 6, 3, 1, 4)),
            new Plan("xiaopu", 2024, kinds(40, 12, 5, 1, 3)),
            new Plan("xiaopu", 2025, kinds(318, 92, 38, 10, 15)),
            new Plan("binggu", 2024, kinds(37, 13, 0, 0, 0)),
            new Plan("binggu", 2025, kinds(28, 9, 3, 1, 2)),
            new Plan("miyi", 2024, kinds(20, 8, 2, 2, 2)),
            new Plan("miyi", 2025, kinds(25, 10, 3, 3, 3)),
            new Plan("miyi-education", 2024, kinds(12, 6, 2, 1, 1)),
            new Plan("miyi-education", 2025, kinds(14, 6, 2, 2, 2)),
            new Plan("miyi-justice", 2024, kinds(10, 5, 2, 1, 1)),
            new Plan("miyi-justice", 2025, kinds(13, 5, 2, 2, 2)));

    /** This year so far, for every organ: the portal's newest items are recent. */
    static final Map<ItemKind, Integer> THIS_YEAR = kinds(9, 3, 1, 1, 1);

    void create() {
        LocalDate today = LocalDate.now(clock);
        long t0 = System.nanoTime();
        for (DemoItems.Year year : years(today)) {
            items.publishYear(year);
        }
        long t1 = System.nanoTime();
        cases.create(today);
        // Published on the day each seed report is signed (高平镇's seed is undated: 20 January).
        reports.publish(organ("puwei"), 2025, LocalDate.of(2026, 1, 15));
        reports.publish(organ("gaoping"), 2025, LocalDate.of(2026, 1, 20));
        reports.publish(organ("baipo"), 2024, LocalDate.of(2025, 1, 13));
        reports.publish(organ("xiaopu"), 2025, LocalDate.of(2026, 1, 16));
        reports.publish(organ("binggu"), 2024, LocalDate.of(2025, 1, 15));
        long t2 = System.nanoTime();
        supervision.create(today);
        log.info("演示县：信息 {} 毫秒，申请和年报 {} 毫秒，监督 {} 毫秒", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (System.nanoTime() - t2) / 1_000_000);
        TravellingClock.of(clock).back();
    }

    /** Every organ's years of items in the order {@link #create} publishes them: the plans, then this year so far. */
    static java.util.List<DemoItems.Year> years(LocalDate today) {
        java.util.List<DemoItems.Year> out = new java.util.ArrayList<>();
        for (Plan p : PLANS) {
            Organ organ = DemoData.ORGANS.stream().filter(o -> o.code().equals(p.organ())).findFirst().orElseThrow();
            out.add(new DemoItems.Year(organ, shortName(organ), p.year(), p.counts(), LocalDate.of(p.year(), 12, 28)));
        }
        if (today.getYear() > 2025) {
            for (Organ organ : DemoData.ORGANS) {
                out.add(new DemoItems.Year(organ, shortName(organ), today.getYear(), THIS_YEAR, today.minusDays(1)));
            }
        }
        return out;
    }

    /** 普威镇 for 米易县普威镇人民政府, 县教育和体育局 for 米易县教育和体育局, 米易县 for the county government. */
    static String shortName(Organ organ) {
        String n = organ.name().replace("人民政府", "");
        return switch (organ.kind()) {
            case COUNTY -> n;
            case DEPARTMENT -> n.replace("米易县", "县");
            default -> n.replace("米易县", "");
        };
    }

    private Organ organ(String code) {
        return organs.byCode(code).orElseThrow();
    }
}
