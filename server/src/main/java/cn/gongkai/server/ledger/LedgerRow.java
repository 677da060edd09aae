package cn.gongkai.server.ledger;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One ledger entry as the audit pages show it: in Chinese, China time, changes field by field. */
public record LedgerRow(LedgerEntry entry, String at, String action, String object, @Nullable String link,
        List<String> changes) {
}
