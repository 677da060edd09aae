package cn.gongkai.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gongkai.server.DemoLogin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Someone with full access to the database (but not to the ledger key) tampers with the ledger; the
 * audit page says so in Chinese and names the entry. Each test restores what it changed (the database
 * and the checkpoint file), so the next one starts from an intact ledger.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:ledger-tamper-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class LedgerTamperTests {

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Checkpoints checkpoints;

    private Path savedCheckpoints;
    private MockHttpSession audit;

    @BeforeEach
    void fiveEntriesAndAnIntactLedger() throws Exception {
        audit = DemoLogin.session(mvc, "audit.admin"); // signed in first: viewing the page then adds no entry
        for (int i = 1; i <= 5; i++) {
            ledger.record(new Action("x", 11L, "edit", "item", "t" + i, null, "{\"title\":\"标题" + i + "\"}"));
        }
        assertThat(auditPage()).startsWith("哈希链完整");
        savedCheckpoints = Files.createTempFile("checkpoints", ".log");
        Files.copy(checkpoints.file(), savedCheckpoints, StandardCopyOption.REPLACE_EXISTING);
    }

    @AfterEach
    void restoreCheckpoints() throws Exception {
        Files.copy(savedCheckpoints, checkpoints.file(), StandardCopyOption.REPLACE_EXISTING);
        Files.delete(savedCheckpoints);
        assertThat(ledger.verify().problem()).as("restored").isNull();
    }

    @Test
    void deletingTheNewestEntriesIsDetectedByTheCheckpoint() throws Exception {
        long last = newest();
        List<LedgerEntry> removed = List.of(entry(last - 1), entry(last));
        // Truncation as an insider would do it: the newest two rows go; with no head row left to reset, the
        // database alone looks like a complete, shorter chain.
        jdbc.sql("DELETE FROM ledger_entry WHERE id >= :id").param("id", last - 1).update();
        assertThat(auditPage()).isEqualTo("台账校验未通过：第 " + (last - 1) + "–" + last + " 条记录被删除：检查点文件记载最新记录为第 "
                + last + " 条，数据库中只到第 " + (last - 2) + " 条。请立即报告安全管理员，保留数据库和检查点文件现状。");
        assertThat(ledger.verify().firstBrokenId()).contains(last - 1);
        removed.forEach(this::insert);
    }

    @Test
    void changingOneEntryIsDetectedAtThatEntry() throws Exception {
        long id = newest() - 2;
        String original = entry(id).after();
        jdbc.sql("UPDATE ledger_entry SET after_state = '{\"title\":\"篡改\"}' WHERE id = :id").param("id", id).update();
        assertThat(auditPage()).startsWith("台账校验未通过：第 " + id + " 条记录被修改（内容与其校验码不符）");
        jdbc.sql("UPDATE ledger_entry SET after_state = :a WHERE id = :id").param("a", original).param("id", id).update();
    }

    @Test
    void changingAnEntryAndRecomputingEveryHashAfterItIsDetected() throws Exception {
        long from = newest() - 2;
        List<LedgerEntry> original = List.of(entry(from), entry(from + 1), entry(from + 2));
        // Without the key the insider can only rebuild the chain with plain SHA-256, as the old ledger did.
        String prev = entry(from - 1).hash();
        for (LedgerEntry e : original) {
            String after = e.id() == from ? "{\"title\":\"篡改\"}" : e.after();
            String hash = LedgerHash.of(prev, e.id(), e.at(), e.actor(), e.organId(), e.action(), e.subjectType(),
                    e.subjectId(), e.before(), after);
            jdbc.sql("UPDATE ledger_entry SET after_state = :a, prev_hash = :p, hash = :h, mac_scheme = 'SHA256' WHERE id = :id")
                    .param("a", after).param("p", prev).param("h", hash).param("id", e.id()).update();
            prev = hash;
        }
        assertThat(auditPage()).startsWith("台账校验未通过：第 " + from + " 条记录不是用台账密钥写入的");
        // Keeping the keyed mark does not help: its MAC cannot be recomputed.
        jdbc.sql("UPDATE ledger_entry SET mac_scheme = 'HMAC' WHERE id >= :id").param("id", from).update();
        assertThat(auditPage()).startsWith("台账校验未通过：第 " + from + " 条记录被修改（内容与其校验码不符）");
        jdbc.sql("DELETE FROM ledger_entry WHERE id >= :id").param("id", from).update();
        original.forEach(this::insert);
    }

    @Test
    void aDeletedOrAlteredCheckpointFileIsDetected() throws Exception {
        Files.delete(checkpoints.file());
        assertThat(auditPage()).startsWith("台账校验未通过：台账检查点文件 " + checkpoints.file() + " 缺失或被清空");
        Files.copy(savedCheckpoints, checkpoints.file(), StandardCopyOption.REPLACE_EXISTING);
        List<String> lines = Files.readAllLines(checkpoints.file(), StandardCharsets.US_ASCII);
        int n = lines.size() - 1;
        // Claim an earlier head on the second-to-last line: it no longer matches its MAC.
        String[] f = lines.get(n - 1).split("\t");
        lines.set(n - 1, (Long.parseLong(f[0]) - 1) + "\t" + f[1] + "\t" + f[2] + "\t" + f[3]);
        Files.write(checkpoints.file(), lines, StandardCharsets.US_ASCII);
        assertThat(auditPage()).startsWith("台账校验未通过：台账检查点文件 " + checkpoints.file() + " 第 " + n + " 行被改动");
    }

    private String auditPage() throws Exception {
        String html = mvc.perform(get("/workspace/ledger").session(audit)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).select("main p.notice, main p.alert").first().text();
    }

    private long newest() {
        return jdbc.sql("SELECT max(id) FROM ledger_entry").query(Long.class).single();
    }

    private LedgerEntry entry(long id) {
        return ledger.latest(Integer.MAX_VALUE).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    private void insert(LedgerEntry e) {
        jdbc.sql("""
                INSERT INTO ledger_entry (id, at, actor, organ_id, action, subject_type, subject_id, before_state,
                                          after_state, prev_hash, hash, mac_scheme)
                VALUES (:id, :at, :actor, :organ, :action, :type, :subject, :before, :after, :prev, :hash, 'HMAC')
                """).param("id", e.id()).param("at", e.at()).param("actor", e.actor()).param("organ", e.organId())
                .param("action", e.action()).param("type", e.subjectType()).param("subject", e.subjectId())
                .param("before", e.before()).param("after", e.after()).param("prev", e.prevHash()).param("hash", e.hash())
                .update();
    }
}
