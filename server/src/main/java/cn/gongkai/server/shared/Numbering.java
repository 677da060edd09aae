package cn.gongkai.server.shared;

import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Visible numbers (索引号, 申请编号, 投诉建议编号, 检查问题编号, letter numbers, report versions): one
 * counter row per series, organ and year in {@code number_counter}, locked with {@code SELECT ... FOR
 * UPDATE} inside the caller's transaction. Concurrent writers wait for each other on that row, so a
 * number is never handed out twice; the counter moves back if the caller's transaction rolls back, so
 * no number is skipped either (users and the annual tables count them).
 *
 * <p>Call it as early as possible in the transaction and before {@code Ledger.record}: every writer
 * then takes the counter lock before the ledger's, so two writers never wait for each other in a circle.
 */
@Service
public class Numbering {

    /** The organ id of series numbered county-wide (e.g. inspection findings). */
    public static final long COUNTY_WIDE = 0;

    private static final int ATTEMPTS = 50;

    private final JdbcClient jdbc;

    Numbering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number (1, 2, ...) of {@code series} for the organ and year; needs the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String series, long organId, int year) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Long> last = jdbc.sql("""
                    SELECT last_number FROM number_counter WHERE series = :s AND organ_id = :o AND counter_year = :y
                    FOR UPDATE""").param("s", series).param("o", organId).param("y", year).query(Long.class).optional();
            if (last.isPresent()) {
                long next = last.get() + 1;
                jdbc.sql("UPDATE number_counter SET last_number = :n WHERE series = :s AND organ_id = :o AND counter_year = :y")
                        .param("n", next).param("s", series).param("o", organId).param("y", year).update();
                return next;
            }
            if (createdFirst(series, organId, year)) {
                return 1;
            }
        }
        throw new IllegalStateException("编号计数器 " + series + " 无法取得，请稍后重试");
    }

    /**
     * The year's first number: inserts the row under a savepoint, so that losing the race to another
     * transaction (duplicate key) undoes only the insert; the caller then locks the winner's row.
     */
    private boolean createdFirst(String series, long organId, int year) {
        TransactionStatus tx = TransactionAspectSupport.currentTransactionStatus();
        Object savepoint = tx.createSavepoint();
        try {
            jdbc.sql("INSERT INTO number_counter (series, organ_id, counter_year, last_number) VALUES (:s, :o, :y, 1)")
                    .param("s", series).param("o", organId).param("y", year).update();
            tx.releaseSavepoint(savepoint);
            return true;
        } catch (DuplicateKeyException lost) {
            tx.rollbackToSavepoint(savepoint);
            Thread.onSpinWait();
            return false;
        }
    }
}
