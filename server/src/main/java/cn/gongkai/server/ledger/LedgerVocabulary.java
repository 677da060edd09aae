package cn.gongkai.server.ledger;

import java.util.Map;

/**
 * A module's words for what it writes into the ledger's states, so the audit pages can show them in
 * Chinese: the codes it stores as values (enum names, kinds, file types) with the Chinese names the code
 * already gives them elsewhere (taken from the enum, never typed a second time), and the keys of the
 * states it writes with their labels. All modules' words form one map ({@link LedgerWords}); a code that
 * two modules name differently is refused at the first page view, so the pages never guess.
 */
public interface LedgerVocabulary {

    /** Stored codes and their Chinese names. */
    Map<String, String> values();

    /** Keys of the module's JSON states (and record components of older entries) and their labels. */
    default Map<String, String> fields() {
        return Map.of();
    }

    /** The Chinese names of an enum's constants, by the enum's own display method. */
    static <E extends Enum<E>> Map<String, String> of(Class<E> type, java.util.function.Function<E, String> chinese) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            m.put(e.name(), chinese.apply(e));
        }
        return m;
    }
}
