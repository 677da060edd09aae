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
        LedgerWords words = new LedgerWords(List.<LedgerVocabulary>of(
                () -> LedgerVocabulary.of(cn.gongkai.server.publication.ItemStatus.class,
                        cn.gongkai.server.publication.ItemStatus::chinese),
                () -> LedgerVocabulary.of(cn.gongkai.server.accounts.Role.class, cn.gongkai.server.accounts.Role::chinese)));
        assertThat(changes("{\"status\":\"DRAFT\",\"step\":0,\"title\":\"甲\"}",
                "{\"status\":\"IN_REVIEW\",\"step\":1,\"title\":\"甲\"}", words))
                .containsExactly("状态：草稿 → 审核中", "审核步骤：0 → 1");
        assertThat(changes(null, "{\"reason\":\"引用原文\"}", words)).containsExactly("理由：引用原文");
        assertThat(changes("true", "false", words)).containsExactly("是 → 否");
        assertThat(changes(null, null, words)).isEmpty();
        // Roles as AccountAdministration and ReviewChainController write them; a time in China time.
        assertThat(changes("[DRAFTER]", "[DRAFTER,FIRST_REVIEWER]", words)).containsExactly("撰稿 → 撰稿、初审");
        assertThat(changes("[FIRST_REVIEWER, FINAL_REVIEWER]", "[]", words)).containsExactly("初审、终审 → （无）");
        assertThat(changes("2026-12-01T17:00Z", null, words)).containsExactly("2026-12-02 01:00:00");
        // A record as Java printed it, in entries written before the module wrote JSON.
        assertThat(changes(null, "Profile[officeName=党政办, phone=null, status=PUBLISHED]", words))
                .containsExactly("officeName：党政办", "状态：已发布");
        // A list of findings, then the reason; a file's digest apart from the changes.
        assertThat(changes("[{\"kind\":\"MISTAKE\",\"field\":\"标题\",\"offset\":3}]", "{\"reason\":\"原文如此\"}", words))
                .containsExactly("第 1 项：类型：MISTAKE，位置：标题，字符位置：3", "理由：原文如此");
        List<LedgerRow.Digest> digests = new ArrayList<>();
        assertThat(LedgerRows.changes(null, "{\"file\":\"通知.pdf\",\"sha256\":\"ab12\"}", words, digests))
                .containsExactly("文件名：通知.pdf");
        assertThat(digests).containsExactly(new LedgerRow.Digest("文件校验值", "ab12"));
    }

    @Test
    void aCodeNamedTwiceDifferentlyIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LedgerWords(List.<LedgerVocabulary>of(
                () -> java.util.Map.of("OPEN", "办理中"), () -> java.util.Map.of("OPEN", "待整改"))))
                .hasMessageContaining("OPEN");
    }

    private static List<String> changes(String before, String after, LedgerWords words) {
        return LedgerRows.changes(before, after, words, new ArrayList<>());
    }
}
