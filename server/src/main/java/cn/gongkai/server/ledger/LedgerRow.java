package cn.gongkai.server.ledger;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One ledger entry as the audit pages show it: in Chinese, China time, changes field by field; the
 * check values (a file's digest) apart from the changes, labelled, as the entry's own hash is.
 */
public record LedgerRow(LedgerEntry entry, String at, String action, String object, @Nullable String link,
        @Nullable String organ, List<String> changes, List<Digest> digests) {

    /** A check value the entry records: what it is of, and the value (hexadecimal). */
    public record Digest(String label, String value) {
    }
}
