package cn.gongkai.server.ledger;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One verification walk: the entries in id order, merged with the checkpoint file's lines (both in
 * increasing sequence), stopping at the first problem, which it names in Chinese with the entry it
 * concerns. What each finding means:
 * <ul>
 * <li>an id missing: entries removed from the middle;</li>
 * <li>a MAC that does not match: the entry was changed (recomputing it needs the key, so "edit and
 *     recompute everything after" is caught at the edited entry);</li>
 * <li>a plain SHA-256 entry after a keyed one: someone rewrote the chain without the key;</li>
 * <li>a checkpoint naming a later entry than the database holds: the newest entries were deleted;</li>
 * <li>a checkpoint whose hash differs from the entry's: the entry was replaced;</li>
 * <li>a checkpoint line whose MAC fails, or a missing checkpoint file: the anchor itself was altered.</li>
 * </ul>
 * Entries written before the keyed chain (V23) are verified with their SHA-256; the first keyed entry
 * covers their last hash, so changing them is detected as well.
 */
final class ChainCheck {

    private final LedgerKey key;
    private final Checkpoints checkpoints;
    private final List<Checkpoints.Line> lines;
    private int line;
    private long checked;
    private long expectedId = 1;
    private String expectedPrev = Checkpoints.FIRST_PREV;
    private boolean keyedSeen;
    private @Nullable Long broken;
    private @Nullable String problem;

    ChainCheck(LedgerKey key, Checkpoints checkpoints) {
        this.key = key;
        this.checkpoints = checkpoints;
        this.lines = checkpoints.read();
        long previous = 0;
        for (Checkpoints.Line l : lines) {
            if (!l.valid() || l.seq() <= previous) {
                fail(null, "台账检查点文件 " + checkpoints.file() + " 第 " + l.lineNumber()
                        + " 行被改动，或其前的行被删除（校验码不符）。检查点不可信，请立即报告安全管理员");
                return;
            }
            previous = l.seq();
        }
    }

    void next(LedgerEntry e) {
        if (problem != null) {
            return;
        }
        checked++;
        if (e.id() != expectedId) {
            fail(expectedId, "第 " + expectedId + (e.id() - 1 > expectedId ? "–" + (e.id() - 1) : "") + " 条记录被删除（序号从第 "
                    + (expectedId - 1) + " 条跳到第 " + e.id() + " 条）");
            return;
        }
        if (!e.prevHash().equals(expectedPrev)) {
            fail(e.id(), "第 " + e.id() + " 条记录与前一条（第 " + (e.id() - 1) + " 条）的链接不符：其中一条被修改");
            return;
        }
        if (!e.keyed() && keyedSeen) {
            fail(e.id(), "第 " + e.id() + " 条记录不是用台账密钥写入的：该条及其后的记录被人绕过系统重写");
            return;
        }
        String recomputed = e.keyed()
                ? LedgerHash.mac(key.key(), e.prevHash(), e.id(), e.at(), e.actor(), e.organId(), e.action(),
                        e.subjectType(), e.subjectId(), e.before(), e.after())
                : LedgerHash.of(e.prevHash(), e.id(), e.at(), e.actor(), e.organId(), e.action(), e.subjectType(),
                        e.subjectId(), e.before(), e.after());
        if (!recomputed.equals(e.hash())) {
            fail(e.id(), "第 " + e.id() + " 条记录被修改（内容与其校验码不符）");
            return;
        }
        keyedSeen |= e.keyed();
        while (line < lines.size() && lines.get(line).seq() <= e.id()) {
            Checkpoints.Line l = lines.get(line++);
            if (l.seq() == e.id() && !l.entryHash().equals(e.hash())) {
                fail(e.id(), "第 " + e.id() + " 条记录与检查点文件第 " + l.lineNumber() + " 行记载的不同：该条被替换，或从该条起的记录被删除后又写入了新记录");
                return;
            }
        }
        expectedPrev = e.hash();
        expectedId = e.id() + 1;
    }

    Ledger.Verification result() {
        long last = expectedId - 1;
        long anchored = lines.isEmpty() ? 0 : lines.getLast().seq();
        if (problem == null && anchored > last) {
            fail(last + 1, "第 " + (last + 1) + (anchored > last + 1 ? "–" + anchored : "") + " 条记录被删除：检查点文件记载最新记录为第 "
                    + anchored + " 条，数据库中只到第 " + last + " 条");
        }
        if (problem == null && last > 0 && lines.isEmpty()) {
            fail(null, "台账检查点文件 " + checkpoints.file() + " 缺失或被清空：无法确认最新的记录没有被删除。请立即报告安全管理员，"
                    + "从备份恢复该文件");
        }
        return new Ledger.Verification(checked, Optional.ofNullable(broken), problem,
                problem == null ? Math.max(0, last - anchored) : 0);
    }

    private void fail(@Nullable Long id, String why) {
        if (problem == null) {
            broken = id;
            problem = why;
        }
    }
}
