package cn.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.RequestTable;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Ledger;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** A county starting in 2026 imports its 2025 cases; table 三 of 2025 is compiled from them. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:past-cases-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
class PastCasesTests {

    @Autowired
    PastCases past;

    @Autowired
    RequestFigures figures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Ledger ledger;

    static final String HEADER = "收到日期,申请人类型,申请人名称,申请内容,办理结果,办结日期\n";

    @Test
    void aYearsCasesAreImportedAndCountedInTableThree() {
        clock.set(LocalDate.of(2026, 3, 2));
        StaffUser admin = admin();
        int n = past.importCsv(admin, HEADER
                + "2024-12-20,自然人,张某,2024年低保名单,（一）予以公开,2025-01-10\n"
                + "2025-03-03,商业企业,某公司,招标文件,（三）不予公开 4.保护第三方合法权益,2025-03-28\n"
                + "2025-11-20,自然人,李某,征地补偿方案,（四）无法提供 1.本机关不掌握相关政府信息,2026-01-05\n", "2025年台账.csv");
        assertThat(n).isEqualTo(3);
        RequestTable t = RequestTableCompiler.compile(figures.facts(admin.organId()), 2025);
        // By hand: received in 2025 are the 2nd and 3rd rows; carried over from 2024 the 1st (closed 2025-01-10);
        // closed in 2025 the 1st (予以公开, 自然人) and 2nd (第三方, 商业企业); the 3rd is carried into 2026.
        assertThat(t.get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL).value()).isEqualTo(2);
        assertThat(t.get(RequestRow.CARRIED_IN, ApplicantColumn.NATURAL_PERSON).value()).isEqualTo(1);
        assertThat(t.get(RequestRow.GRANTED, ApplicantColumn.NATURAL_PERSON).value()).isEqualTo(1);
        assertThat(t.get(RequestRow.WITHHELD_THIRD_PARTY_RIGHTS, ApplicantColumn.COMMERCIAL_ENTERPRISE).value()).isEqualTo(1);
        assertThat(t.get(RequestRow.CARRIED_OUT, ApplicantColumn.NATURAL_PERSON).value()).isEqualTo(1);
        assertThat(ledger.latest(5)).anyMatch(e -> "request-history-import".equals(e.action()) && "3 件".equals(e.after()));
    }

    @Test
    void oneWrongRowAndNothingIsImportedWithEachProblemLocated() {
        clock.set(LocalDate.of(2026, 3, 2));
        StaffUser admin = admin();
        long before = count();
        assertThatThrownBy(() -> past.importCsv(admin, HEADER
                + "2025-03-03,自然人,王某,名单,（一）予以公开,2025-03-20\n"
                + "2025-04-01,个人,赵某,名单,（一）予以公开,2025-03-20\n"
                + "2025/05/01,自然人,钱某,名单,不公开,2025-05-20\n", "错误.csv"))
                .hasMessage("错误.csv 有误，没有导入任何案件：第 3 行第 2 列：申请人类型“个人”应为 自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他 之一；"
                        + "第 3 行：办结日期 2025-03-20 早于收到日期 2025-04-01；"
                        + "第 4 行第 1 列：日期“2025/05/01”应写成 2025-01-31 的形式；"
                        + "第 4 行第 5 列：办理结果“不公开”不是表三的一项，请照表三填写，如“（一）予以公开”或“（三）不予公开 1.属于国家秘密”");
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM disclosure_request").query(Long.class).single();
    }

    private static StaffUser admin() {
        return new StaffUser(0, "miyi-education.admin", "管理员", 2, EnumSet.of(Role.ORGAN_ADMIN), "", true, false);
    }
}
