package cn.gongkai.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Chinese names of the ledger: none missing for an action the code writes; China time; changes. */
class LedgerNamesTests {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z]+(?:-[a-z]+)*)\"");
    /** A call that writes an entry, or a module's helper that passes its action literal on to one. */
    private static final Pattern CALL = Pattern.compile("new Action\\(|(?<![.\\w])(?:service\\.)?(?:save|record)\\(");

    @Test
    void everyActionWrittenAnywhereHasAChineseName() throws IOException {
        Set<String> written = new TreeSet<>();
        Set<String> subjects = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                if (src.contains("ledger.record(")) {
                    collect(src, written, subjects);
                }
            }
        }
        // Counted by hand from `grep -rn "ledger.record\|save(staff" server/src/main`: well over 50 codes;
        // a sample of them must be among those found, so the scan itself cannot silently find nothing.
        assertThat(written).hasSizeGreaterThan(50)
                .contains("create", "attach", "text-check-override", "publish", "request-send", "account-disable", "login");
        assertThat(written).allSatisfy(a -> assertThat(LedgerNames.ACTIONS).as("Chinese name of " + a).containsKey(a));
        assertThat(subjects).allSatisfy(s -> assertThat(LedgerNames.SUBJECTS).as("Chinese name of " + s).containsKey(s));
        assertThat(LedgerNames.ACTIONS.values()).allSatisfy(n -> assertThat(n).doesNotContainPattern("[A-Za-z]"));
    }

    /** The action is the third argument of an Action, or a lone literal argument of a helper call. */
    private static void collect(String src, Set<String> actions, Set<String> subjects) {
        Matcher call = CALL.matcher(src);
        while (call.find()) {
            List<String> args = arguments(src, call.end());
            boolean action = call.group().startsWith("new");
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i).strip();
                boolean literalOnly = arg.matches("(?s)(?:[\\w.()!]+\\s*\\?\\s*)?\"[a-z-]+\"(?:\\s*:\\s*\"[a-z-]+\")?");
                if ((action && i == 2) || (!action && literalOnly)) {
                    LITERAL.matcher(arg).results().forEach(m -> actions.add(m.group(1)));
                } else if (action && i == 3 && literalOnly) {
                    LITERAL.matcher(arg).results().forEach(m -> subjects.add(m.group(1)));
                }
            }
        }
    }

    /** The top-level arguments of the call whose '(' ends just before {@code from}. */
    private static List<String> arguments(String src, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        StringBuilder arg = new StringBuilder();
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (inString) {
                inString = c != '"' || src.charAt(i - 1) == '\\';
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                args.add(arg.toString());
                return args;
            } else if (c == ',' && depth == 0) {
                args.add(arg.toString());
                arg.setLength(0);
                continue;
            }
            arg.append(c);
        }
        return args;
    }

    @Test
    void timesAreShownInChinaTime() {
        // Worked out by hand: 17:00 UTC on 1 December is 01:00 on 2 December in Beijing (UTC+8).
        assertThat(LedgerRows.chinaTime(OffsetDateTime.parse("2026-12-01T17:00:00Z"))).isEqualTo("2026-12-02 01:00:00");
    }

    @Test
    void changesAreShownFieldByField() {
        assertThat(LedgerRows.changes("{\"status\":\"DRAFT\",\"step\":0,\"title\":\"甲\"}",
                "{\"status\":\"IN_REVIEW\",\"step\":1,\"title\":\"甲\"}"))
                .containsExactly("状态：草稿 → 审核中", "审核步骤：0 → 1");
        assertThat(LedgerRows.changes(null, "{\"reason\":\"引用原文\"}")).containsExactly("理由：引用原文");
        assertThat(LedgerRows.changes("true", "false")).containsExactly("是 → 否");
        assertThat(LedgerRows.changes(null, null)).isEmpty();
    }
}
