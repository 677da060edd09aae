package cn.gongkai.server.ledger;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Starts and ends the keyed chain's anchoring. At the first start after V23 a ledger of plain SHA-256
 * entries gets one keyed entry at once (it chains over their last hash, so from then on they cannot be
 * changed unnoticed either) and its checkpoint; we verify the old entries by their old rule rather than
 * recomputing them, because recomputing would also bless any change made to them before. At shutdown the
 * head is anchored once more, in case an append's own checkpoint write failed.
 */
@Component
class LedgerAnchoring implements SmartInitializingSingleton {

    private final Ledger ledger;
    private final JdbcClient jdbc;

    LedgerAnchoring(Ledger ledger, JdbcClient jdbc) {
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long unkeyed = jdbc.sql("SELECT count(*) FROM ledger_entry WHERE mac_scheme = 'SHA256'").query(Long.class).single();
        long keyed = jdbc.sql("SELECT count(*) FROM ledger_entry WHERE mac_scheme = 'HMAC'").query(Long.class).single();
        if (unkeyed > 0 && keyed == 0) {
            ledger.record(new Action("系统", null, "ledger-keyed-chain-start", "ledger", "chain", null,
                    "{\"sha256Entries\":" + unkeyed + "}"));
        }
    }

    @PreDestroy
    void anchorAtShutdown() {
        ledger.checkpoint();
    }
}
