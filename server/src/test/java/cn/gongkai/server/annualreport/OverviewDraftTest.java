package cn.gongkai.server.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.OrganKind;
import cn.gongkai.report.model.Section;
import cn.gongkai.server.request.CaseFacts;
import cn.gongkai.server.request.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Section 一 drafted from the records: five sub-sections, each with the year's facts, kept linked to the data. */
class OverviewDraftTest {

    private static final ReportInputs NOTHING_WRITTEN = new ReportInputs(0L, 0L, 0L, 0L, 0L, 0L, BigDecimal.ZERO, null,
            "问题。", "其他。");

    private static ReportAssembler.Facts facts(OverviewDraft.Management m) {
        Map<String, Long> kinds = new LinkedHashMap<>();
        kinds.put("工作动态", 9L);
        kinds.put("通知公告", 3L);
        return new ReportAssembler.Facts(kinds, 2, 1, 5, 0, 0, 0, 3,
                new ReportAssembler.Supervision(4, 3, 2, 1, 0, 0, 0), m);
    }

    /** Four 2025 cases, counted by hand: 2 予以公开, 1 不予处理 (重复申请), 1 still open → 结转 1; one 2024 case closed in 2024. */
    private static final List<CaseFacts> CASES = List.of(
            new CaseFacts(ApplicantColumn.NATURAL_PERSON, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 20), Outcome.GRANTED),
            new CaseFacts(ApplicantColumn.COMMERCIAL_ENTERPRISE, LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 9), Outcome.GRANTED),
            new CaseFacts(ApplicantColumn.NATURAL_PERSON, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 5),
                    Outcome.NOT_PROCESSED_DUPLICATE),
            new CaseFacts(ApplicantColumn.NATURAL_PERSON, LocalDate.of(2025, 12, 22), null, null),
            new CaseFacts(ApplicantColumn.NATURAL_PERSON, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 10), Outcome.GRANTED));

    @Test
    void fiveSubSectionsEachWithTheYearsFacts() {
        OverviewDraft.Management m = new OverviewDraft.Management(6, 5, 14, 6, 23);
        String text = ReportAssembler.assemble("米易县普威镇人民政府", OrganKind.TOWNSHIP, 2025, NOTHING_WRITTEN, facts(m), CASES,
                List.of()).report().sectionText(Section.OVERVIEW);
        List<String> paragraphs = List.of(text.split("\n"));
        assertThat(paragraphs).hasSize(5);
        assertThat(paragraphs.get(0)).startsWith("（一）主动公开。").contains("主动公开政府信息12条，其中工作动态9条、通知公告3条")
                .contains("应公开6条").contains("20个工作日内公开5条").contains("第二十六条")
                .contains("制发行政规范性文件2件，废止1件，现行有效5件");
        assertThat(paragraphs.get(1)).startsWith("（二）依申请公开。").contains("本年新收政府信息公开申请4件，上年结转0件，办结3件")
                .contains("按期办结3件").contains("予以公开2件").contains("不予处理1件").contains("不予公开0件")
                .contains("结转下年度继续办理1件");
        assertThat(paragraphs.get(2)).startsWith("（三）政府信息管理。").contains("审核14次，其中保密审查6次");
        assertThat(paragraphs.get(3)).startsWith("（四）政府信息公开平台建设。").contains("公开事项23项");
        assertThat(paragraphs.get(4)).startsWith("（五）监督保障。").contains("投诉建议4件，已答复3件").contains("发现问题2个，已整改1个");
    }

    @Test
    void aCorrectionOfTheRecordsChangesTheTextStaffWrote() {
        // Staff kept one placeholder in their own sentence: the count follows the data.
        ReportInputs written = new ReportInputs(0L, 0L, 0L, 0L, 0L, 0L, BigDecimal.ZERO,
                "（三）政府信息管理。我镇坚持先审后发，全年审核{审核次数}次。", "问题。", "其他。");
        String before = ReportAssembler.assemble("米易县普威镇人民政府", OrganKind.TOWNSHIP, 2025, written,
                facts(new OverviewDraft.Management(0, 0, 14, 6, 0)), CASES, List.of()).report().sectionText(Section.OVERVIEW);
        String after = ReportAssembler.assemble("米易县普威镇人民政府", OrganKind.TOWNSHIP, 2025, written,
                facts(new OverviewDraft.Management(0, 0, 15, 6, 0)), CASES, List.of()).report().sectionText(Section.OVERVIEW);
        assertThat(before).isEqualTo("（三）政府信息管理。我镇坚持先审后发，全年审核14次。");
        assertThat(after).isEqualTo("（三）政府信息管理。我镇坚持先审后发，全年审核15次。");
    }

    @Test
    void everyPlaceholderOfTheDraftCanBeFilled() {
        assertThat(cn.gongkai.server.shared.Placeholders.unknown(ReportAssembler.OVERVIEW, ReportAssembler.FIGURES)).isEmpty();
    }
}
