package cn.gongkai.server.ledger;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns ledger entries into {@link LedgerRow}s: the action's Chinese name, the object named (and
 * linked) by the module that owns it, the before/after states compared field by field, the time in
 * China time (Asia/Shanghai) whatever zone the server or the database runs in.
 */
@Component
public class LedgerRows {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final JsonMapper JSON = JsonMapper.shared();

    private final List<SubjectTitles> titles;

    LedgerRows(List<SubjectTitles> titles) {
        this.titles = titles;
    }

    public List<LedgerRow> of(List<LedgerEntry> entries) {
        return entries.stream().map(this::row).toList();
    }

    LedgerRow row(LedgerEntry e) {
        Optional<SubjectTitles.Named> named = titles.stream().map(t -> t.name(e.subjectType(), e.subjectId()))
                .flatMap(Optional::stream).findFirst();
        String object = LedgerNames.subject(e.subjectType())
                + named.map(n -> "《" + n.title() + "》").orElse(" " + e.subjectId());
        return new LedgerRow(e, chinaTime(e.at()), LedgerNames.action(e.action()), object,
                named.map(SubjectTitles.Named::link).orElse(null), changes(e.before(), e.after()));
    }

    static String chinaTime(OffsetDateTime at) {
        return TIME.format(at.atZoneSameInstant(CHINA));
    }

    /** Field by field where both sides are JSON objects; else the two texts, with codes in Chinese. */
    static List<String> changes(@Nullable String before, @Nullable String after) {
        JsonNode b = object(before);
        JsonNode a = object(after);
        List<String> out = new ArrayList<>();
        if ((before == null || b != null) && (after == null || a != null) && (b != null || a != null)) {
            Set<String> keys = new LinkedHashSet<>();
            if (b != null) {
                keys.addAll(b.propertyNames());
            }
            if (a != null) {
                keys.addAll(a.propertyNames());
            }
            for (String k : keys) {
                String was = text(b == null ? null : b.get(k));
                String now = text(a == null ? null : a.get(k));
                if (!Objects.equals(was, now)) {
                    out.add(LedgerNames.field(k) + "：" + (was == null ? "" : was + " → ") + (now == null ? "（删除）" : now));
                } else if (b == null || a == null) {
                    out.add(LedgerNames.field(k) + "：" + now);
                }
            }
            return out;
        }
        if (before != null || after != null) {
            out.add((before == null ? "" : words(before) + " → ") + (after == null ? "" : words(after)));
        }
        return out;
    }

    private static @Nullable JsonNode object(@Nullable String s) {
        if (s == null || !s.strip().startsWith("{")) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(s);
            return n.isObject() ? n : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static @Nullable String text(@Nullable JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return n.isValueNode() ? LedgerNames.value(n.asString()) : n.toString();
    }

    private static String words(String s) {
        StringBuilder out = new StringBuilder();
        for (String w : s.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(LedgerNames.value(w));
        }
        return out.toString();
    }
}
