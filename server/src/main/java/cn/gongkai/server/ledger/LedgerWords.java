package cn.gongkai.server.ledger;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one map from what the modules store in the ledger to what the audit pages show: every module's
 * {@link LedgerVocabulary} and the ledger's own words ({@link LedgerNames}) together. A code named twice
 * with different names is an error, not a choice.
 */
final class LedgerWords {

    /** A stored code: a word, or words joined by _ - / . (GRANTED, work-safety, image/jpeg). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(?:[-/.][A-Za-z0-9_]+)*");
    /** A list of codes as Java or a module wrote it: [A, B] or a,b,c. */
    private static final Pattern LIST = Pattern.compile("\\[([^\\[\\]]*)]|[A-Za-z0-9_-]+(?:,[A-Za-z0-9_-]+)+");

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> fields = new HashMap<>();

    private static final int LONG = 150;

    private final boolean brief;

    LedgerWords(List<? extends LedgerVocabulary> vocabularies) {
        this(vocabularies, true);
    }

    /** {@code brief}: long texts by their beginning and length, for a page that is a list of changes. */
    LedgerWords(List<? extends LedgerVocabulary> vocabularies, boolean brief) {
        this.brief = brief;
        add(values, LedgerNames.VALUES, "台账");
        add(fields, LedgerNames.FIELDS, "台账");
        for (LedgerVocabulary v : vocabularies) {
            add(values, v.values(), v.getClass().getSimpleName());
            add(fields, v.fields(), v.getClass().getSimpleName());
        }
    }

    private static void add(Map<String, String> into, Map<String, String> words, String from) {
        words.forEach((code, chinese) -> {
            String had = into.putIfAbsent(code, chinese);
            if (had != null && !had.equals(chinese)) {
                throw new IllegalStateException("台账用语冲突：" + code + " 既是“" + had + "”又是“" + chinese + "”（" + from + "）");
            }
        });
    }

    String shown(String v) {
        return !brief || v.length() <= LONG ? v : v.substring(0, LONG / 3) + "……（共 " + v.length() + " 字）";
    }

    String field(String key) {
        return fields.getOrDefault(key, key);
    }

    /** A stored value in Chinese: a time in China time, codes by their names, lists joined by 、. */
    String value(String v) {
        String s = v.strip();
        if (s.isEmpty()) {
            return "（无）";
        }
        try {
            return LedgerRows.chinaTime(OffsetDateTime.parse(s));
        } catch (DateTimeParseException notATime) {
            // an ordinary value
        }
        Matcher list = LIST.matcher(s);
        if (list.matches()) {
            String inner = list.group(1) == null ? s : list.group(1);
            if (inner.isBlank()) {
                return "（无）";
            }
            StringBuilder out = new StringBuilder();
            for (String part : inner.split(",")) {
                out.append(out.isEmpty() ? "" : "、").append(codes(part.strip()));
            }
            return out.toString();
        }
        return codes(v);
    }

    /** Replaces each known code in a text by its name and leaves every other word (a name, an address) as written. */
    private String codes(String text) {
        Matcher m = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = values.get(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(name == null ? m.group() : name));
        }
        return m.appendTail(out).toString();
    }
}
