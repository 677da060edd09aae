package cn.gongkai.server.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.OrganKind;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.server.request.CaseFacts;
import cn.gongkai.server.request.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollUpTest {

    private static final ReportAssembler.Facts FACTS = new ReportAssembler.Facts(Map.of(), 1, 0, 2, 0, 0, 0, 0, ReportAssembler.Supervision.NONE);

    private static AnnualReport report(ReportInputs in, int granted) {
        List<CaseFacts> cases = new java.util.ArrayList<>();
        for (int i = 0; i < granted; i++) {
            cases.add(new CaseFacts(ApplicantColumn.NATURAL_PERSON, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 5),
                    Outcome.GRANTED));
        }
        return ReportAssembler.assemble("机关", OrganKind.TOWNSHIP, 2025, in, FACTS, cases, List.of()).report();
    }

    @Test
    void addsEveryCellAndKeepsAnUnknownPartUnknown() {
        ReportInputs a = new ReportInputs(0L, 0L, 0L, 5L, 1L, 0L, new BigDecimal("0.5"), "x", "x", "x");
        ReportInputs b = new ReportInputs(0L, 0L, 0L, 7L, null, 0L, new BigDecimal("1.25"), "x", "x", "x");

        AnnualReport total = RollUp.sum("全县", 2025, List.of(report(a, 2), report(b, 3)));

        assertThat(total.requests().get(RequestRow.GRANTED, ApplicantColumn.NATURAL_PERSON).value()).isEqualTo(5);
        assertThat(total.requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL).value()).isEqualTo(5);
        assertThat(total.proactive().licensing().value()).isEqualTo(12);
        assertThat(total.proactive().penalty().known()).as("one organ has not entered it").isFalse();
        assertThat(total.proactive().administrativeFees()).isEqualByComparingTo("1.75");
        assertThat(total.proactive().normativeDocuments().inForce().value()).isEqualTo(4);
    }
}
