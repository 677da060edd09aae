package cn.gongkai.server.ledger;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns ledger entries into {@link LedgerRow}s: the action's Chinese name, the object named (and
 * linked) by the module that owns it, the before/after states compared field by field with every stored
 * code in Chinese ({@link LedgerWords}), the time in China time (Asia/Shanghai) whatever zone the server
 * or the database runs in. States are JSON objects, lists of them, plain text, or (entries written before
 * the modules wrote JSON) a record as Java prints it, Name[key=value, …], which is read like an object.
 */
@Component
public class LedgerRows {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Pattern RECORD = Pattern.compile("(?s)[A-Z][A-Za-z0-9]*\\[(.*)]");
    private static final Pattern COMPONENT = Pattern.compile(", (?=[a-z][A-Za-z0-9]*=)");
    /** Keys whose values are check values (a file's digest): shown apart, as the entry's own hash is. */
    private static final Set<String> DIGESTS = Set.of("sha256");

    private final List<SubjectTitles> titles;
    private final List<LedgerVocabulary> vocabularies;

    LedgerRows(List<SubjectTitles> titles, List<LedgerVocabulary> vocabularies) {
        this.titles = titles;
        this.vocabularies = vocabularies;
    }

    /** For a page: long texts (a template, a report's section) by their beginning and length. */
    public List<LedgerRow> of(List<LedgerEntry> entries) {
        return rows(entries, true);
    }

    /** For the export: every text whole. */
    public List<LedgerRow> whole(List<LedgerEntry> entries) {
        return rows(entries, false);
    }

    private List<LedgerRow> rows(List<LedgerEntry> entries, boolean brief) {
        LedgerWords words = new LedgerWords(vocabularies, brief); // once per page: some words are stored (catalog areas)
        return entries.stream().map(e -> row(e, words)).toList();
    }

    private LedgerRow row(LedgerEntry e, LedgerWords words) {
        Optional<SubjectTitles.Named> named = name(e.subjectType(), e.subjectId());
        String object = LedgerNames.subject(e.subjectType()) + named
                .map(n -> n.quoted() ? "《" + n.title() + "》" : " " + n.title()).orElse(" " + e.subjectId());
        String organ = e.organId() == null ? null
                : name("organ", Long.toString(e.organId())).map(SubjectTitles.Named::title).orElse(null);
        List<LedgerRow.Digest> digests = new ArrayList<>();
        List<String> changes = changes(e.before(), e.after(), words, digests);
        return new LedgerRow(e, chinaTime(e.at()), LedgerNames.action(e.action()), object,
                named.map(SubjectTitles.Named::link).orElse(null), organ, changes, digests);
    }

    private Optional<SubjectTitles.Named> name(String type, String id) {
        return titles.stream().map(t -> t.name(type, id)).flatMap(Optional::stream).findFirst();
    }

    static String chinaTime(OffsetDateTime at) {
        return TIME.format(at.atZoneSameInstant(CHINA));
    }

    /** Field by field where both sides are objects (or one is absent); else the two states described. */
    static List<String> changes(@Nullable String before, @Nullable String after, LedgerWords words,
            List<LedgerRow.Digest> digests) {
        Map<String, @Nullable String> b = fields(before, words, digests);
        Map<String, @Nullable String> a = fields(after, words, digests);
        List<String> out = new ArrayList<>();
        if ((before == null || b != null) && (after == null || a != null) && (b != null || a != null)) {
            Set<String> keys = new LinkedHashSet<>();
            if (b != null) {
                keys.addAll(b.keySet());
            }
            if (a != null) {
                keys.addAll(a.keySet());
            }
            for (String k : keys) {
                String was = b == null ? null : b.get(k);
                String now = a == null ? null : a.get(k);
                if (!Objects.equals(was, now)) {
                    out.add(words.field(k) + "：" + (was == null ? "" : words.shown(was) + " → ")
                            + (now == null ? "（删除）" : words.shown(now)));
                } else if ((b == null || a == null) && now != null) {
                    out.add(words.field(k) + "：" + words.shown(now));
                }
            }
            return out;
        }
        List<String> was = before == null ? List.of() : described(before, b, words, digests);
        List<String> now = after == null ? List.of() : described(after, a, words, digests);
        boolean lists = (before != null && objects(before) != null) || (after != null && objects(after) != null);
        if (was.size() == 1 && now.size() == 1 && !lists) {
            out.add(was.getFirst() + " → " + now.getFirst());
        } else {
            out.addAll(was); // e.g. the text-check findings kept, then the drafter's reason
            out.addAll(now);
        }
        return out;
    }

    /** A state that is not an object: a list of objects one line each, or a text. */
    private static List<String> described(String state, @Nullable Map<String, @Nullable String> object, LedgerWords words,
            List<LedgerRow.Digest> digests) {
        if (object != null) {
            return List.of(line(object, words));
        }
        JsonNode n = objects(state);
        if (n != null) {
            List<String> lines = new ArrayList<>();
            int i = 1;
            for (JsonNode element : n) {
                lines.add("第 " + i++ + " 项：" + (element.isObject() ? line(fields(element, words, digests), words)
                        : words.value(text(element))));
            }
            return lines;
        }
        return List.of(words.shown(words.value(state)));
    }

    private static String line(Map<String, @Nullable String> m, LedgerWords words) {
        StringBuilder out = new StringBuilder();
        m.forEach((k, v) -> out.append(out.isEmpty() ? "" : "，").append(words.field(k)).append("：")
                .append(v == null ? "（无）" : words.shown(v)));
        return out.toString();
    }

    /** The state's fields with their values in Chinese, or null when it is not an object. */
    private static @Nullable Map<String, @Nullable String> fields(@Nullable String s, LedgerWords words,
            List<LedgerRow.Digest> digests) {
        if (s == null) {
            return null;
        }
        JsonNode n = json(s, '{');
        if (n != null && n.isObject()) {
            return fields(n, words, digests);
        }
        Matcher r = RECORD.matcher(s.strip());
        if (!r.matches()) {
            return null;
        }
        Map<String, @Nullable String> m = new LinkedHashMap<>();
        for (String component : COMPONENT.split(r.group(1))) {
            int eq = component.indexOf('=');
            if (eq < 1) {
                return null;
            }
            String v = component.substring(eq + 1);
            put(m, component.substring(0, eq), v.equals("null") ? null : v, words, digests);
        }
        return m;
    }

    private static Map<String, @Nullable String> fields(JsonNode n, LedgerWords words, List<LedgerRow.Digest> digests) {
        Map<String, @Nullable String> m = new LinkedHashMap<>();
        for (String k : n.propertyNames()) {
            JsonNode v = n.get(k);
            put(m, k, v == null || v.isNull() ? null : text(v), words, digests);
        }
        return m;
    }

    private static void put(Map<String, @Nullable String> m, String key, @Nullable String value, LedgerWords words,
            List<LedgerRow.Digest> digests) {
        if (DIGESTS.contains(key) && value != null) {
            digests.add(new LedgerRow.Digest(words.field(key), value));
        } else {
            m.put(key, value == null ? null : words.value(value));
        }
    }

    /** A JSON list of objects (the text-check findings), or null; other lists are values ([A, B], []). */
    private static @Nullable JsonNode objects(String s) {
        JsonNode n = json(s, '[');
        return n != null && n.isArray() && !n.isEmpty() && n.get(0).isObject() ? n : null;
    }

    private static @Nullable JsonNode json(String s, char opening) {
        if (s.isBlank() || s.strip().charAt(0) != opening) {
            return null;
        }
        try {
            return JSON.readTree(s);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String text(JsonNode n) {
        return n.isValueNode() ? n.asString() : n.toString();
    }
}
