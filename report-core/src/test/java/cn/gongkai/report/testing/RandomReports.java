package cn.gongkai.report.testing;

import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.DocumentCounts;
import cn.gongkai.report.model.Narrative;
import cn.gongkai.report.model.OrganKind;
import cn.gongkai.report.model.ProactiveTable;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.RequestTable;
import cn.gongkai.report.model.ReviewOutcomes;
import cn.gongkai.report.model.ReviewTable;
import cn.gongkai.report.model.Section;
import cn.gongkai.report.model.StatedDocumentCounts;
import cn.gongkai.report.model.TemplateEdition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded generator of whole reports for property tests: organs of every kind, cells of any size
 * with some unknown, prose with and without stated figures. The narrative figures are the ones its
 * section 一 text states, so a parser must find exactly those.
 */
public final class RandomReports {

    private static final List<String> ORGANS = List.of("米易县普威镇人民政府", "米易县白坡彝族乡人民政府", "米易县人民政府",
            "米易县教育和体育局", "攀枝花市东区大渡口街道办事处", "会理市彰冠镇人民政府", "盐边县发展和改革局", "米易县丙谷镇人民政府");
    private static final List<String> FILLER = List.of(
            "坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。",
            "进一步完善信息发布审核机制，严格落实“三审三校”制度。",
            "加强政务公开队伍建设，组织开展业务培训，提升工作人员能力。",
            "持续优化政府网站栏目设置，做到政务信息实时更新。",
            "认真落实保密审查制度，坚持“涉密信息不上网，上网信息不涉密”。",
            "围绕群众关切做好政策解读和回应工作。");
    private static final List<String> PROBLEMS = List.of("一是信息更新不够及时，部分栏目内容较少。", "二是政策解读形式较为单一。",
            "三是工作人员变动频繁，业务衔接不够顺畅。", "下一步将加强培训，完善制度，提升公开质量。");
    private static final List<String> KINDS = List.of("工作动态", "通知公告", "图片展示", "政策解读", "其他信息");

    private final Random random;

    public RandomReports(long seed) {
        this.random = new Random(seed);
    }

    public AnnualReport next() {
        String organ = ORGANS.get(random.nextInt(ORGANS.size()));
        int year = 2021 + random.nextInt(6);
        LocalDate published = random.nextInt(6) == 0 ? null
                : LocalDate.of(year + 1, 1 + random.nextInt(3), 1 + random.nextInt(28));
        ProactiveTable proactive = new ProactiveTable(documents(), documents(), cell(), cell(), cell(), fee());
        RequestTable.Builder t = RequestTable.builder();
        for (RequestRow row : RequestRow.values()) {
            for (ApplicantColumn c : ApplicantColumn.values()) {
                t.set(row, c, cell());
            }
        }
        ReviewTable reviews = new ReviewTable(outcomes(), outcomes(), outcomes());
        Map<Section, String> sections = new EnumMap<>(Section.class);
        Narrative narrative = overview(sections);
        sections.put(Section.PROBLEMS, paragraphs(PROBLEMS, 1 + random.nextInt(3)));
        sections.put(Section.OTHER_MATTERS, random.nextBoolean() ? "无" : "本年度未收取信息处理费，无其他需要报告的事项。");
        return new AnnualReport(null, organ, OrganKind.fromOrganName(organ), year, published, TemplateEdition.V2021,
                proactive, t.build(), reviews, sections, narrative);
    }

    /** Section 一 prose, and the figures it states. */
    private Narrative overview(Map<Section, String> sections) {
        List<String> paragraphs = new ArrayList<>();
        Long total = null;
        Map<String, Long> byKind = new LinkedHashMap<>();
        if (random.nextBoolean()) {
            total = (long) random.nextInt(500);
            StringBuilder p = new StringBuilder("（一）主动公开方面。本年度主动公开信息 " + total + " 条");
            if (random.nextBoolean()) {
                List<String> kinds = new ArrayList<>(KINDS);
                java.util.Collections.shuffle(kinds, random);
                int n = 1 + random.nextInt(3);
                p.append("，其中");
                for (int i = 0; i < n; i++) {
                    long v = random.nextInt(100);
                    p.append(i == 0 ? "" : "，").append(kinds.get(i)).append(' ').append(v).append(" 条");
                    byKind.put(kinds.get(i), v);
                }
            }
            paragraphs.add(p.append("。").toString());
        }
        Long requests = null;
        int r = random.nextInt(3);
        if (r == 1) {
            requests = (long) random.nextInt(50);
            paragraphs.add("（二）依申请公开方面。本年度共收到政府信息公开申请 " + requests + " 件，均按时答复。");
        } else if (r == 2) {
            requests = 0L;
            paragraphs.add("（二）依申请公开方面。经核查，本年度未收到政府信息公开申请。");
        }
        Long reconsiderations = null;
        if (random.nextInt(3) == 0) {
            reconsiderations = (long) random.nextInt(5);
            paragraphs.add("因政府信息公开工作被申请行政复议 " + reconsiderations + " 件。");
        }
        StatedDocumentCounts docs = null;
        if (random.nextInt(3) == 0) {
            long a = random.nextInt(10);
            long b = random.nextInt(10);
            long c = random.nextInt(30);
            docs = new StatedDocumentCounts(a, b, c);
            paragraphs.add("本年度制定行政规范性文件 " + a + " 件，废止 " + b + " 件，现行有效 " + c + " 件。");
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            paragraphs.add(FILLER.get(random.nextInt(FILLER.size())));
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(FILLER.get(0));
        }
        sections.put(Section.OVERVIEW, String.join("\n", paragraphs));
        return new Narrative(total, byKind, requests, reconsiderations, docs);
    }

    private String paragraphs(List<String> bank, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(bank.get(random.nextInt(bank.size())));
        }
        return String.join("\n", out);
    }

    private Cell cell() {
        int k = random.nextInt(20);
        if (k == 0) {
            return Cell.unknown();
        }
        if (k < 12) {
            return Cell.of(0);
        }
        return Cell.of(random.nextInt(k < 18 ? 10 : 5000));
    }

    private DocumentCounts documents() {
        return new DocumentCounts(cell(), cell(), cell());
    }

    private ReviewOutcomes outcomes() {
        return new ReviewOutcomes(cell(), cell(), cell(), cell(), cell());
    }

    private BigDecimal fee() {
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> BigDecimal.ZERO;
            case 2 -> new BigDecimal(random.nextInt(100) + "." + random.nextInt(10) + random.nextInt(10));
            default -> BigDecimal.valueOf(random.nextInt(1000));
        };
    }
}
