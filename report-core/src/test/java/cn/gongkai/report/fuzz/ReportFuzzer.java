package cn.gongkai.report.fuzz;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.check.ReportChecker;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.json.ReportJson;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the report checker promises whatever it is given: an answer, never an exception, a hang or a
 * crash; every finding has a code and a message; the answer can be written as JSON. Two targets: raw
 * bytes (any kind of file), and a real seed report with a random stretch replaced, UTF-8 or GBK, which
 * takes the fuzzer deep into the table readers. Run by {@code ReportFuzzTests} in the build and, for
 * longer, by {@code scripts/fuzz}.
 */
public final class ReportFuzzer {

    static final ReportChecker CHECKER = ReportChecker.builder().build();
    static final List<String> SEEDS = List.of("000.txt", "001.txt", "002.txt", "003.txt", "004.txt");
    private static final List<String> SEED_TEXTS = SEEDS.stream().map(ReportFuzzer::seed).toList();

    private ReportFuzzer() {
    }

    /** Entry point for Jazzer's command line (scripts/fuzz report-bytes). */
    public static void fuzzerTestOneInput(byte[] bytes) {
        checkAnything(bytes, "fuzz.bin");
    }

    /** What a hand-edited report gets wrong: stray marks, numbers, units, broken lines. */
    private static final List<String> TOKENS = List.of("", "0", "-1", "１２", "99999999999999999999", "一", "（", "）", "\t",
            "\n", "\r\n", "　", "|", "总计", "合计", "件", "万元", "．", "/", "\u0000", "\uFEFF", "表三", "四、");

    /**
     * A seed report damaged by a few random edits (delete a stretch, insert a token, duplicate a line,
     * cut the text), in UTF-8 or GBK: each edit costs the fuzzer only a few bytes of input, so even its
     * first short inputs reach deep into the table readers.
     */
    public static void mutatedSeed(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder(SEED_TEXTS.get(data.consumeInt(0, SEED_TEXTS.size() - 1)));
        boolean gbk = data.consumeBoolean();
        for (int edits = 0; data.remainingBytes() > 0 && edits < 20; edits++) {
            int at = data.consumeInt(0, text.length());
            switch (data.consumeInt(0, 3)) {
                case 0 -> text.delete(at, Math.min(text.length(), at + data.consumeInt(1, 300)));
                case 1 -> text.insert(at, TOKENS.get(data.consumeInt(0, TOKENS.size() - 1)));
                case 2 -> {
                    int start = text.lastIndexOf("\n", at) + 1;
                    int end = text.indexOf("\n", at);
                    text.insert(start, text.substring(start, end < 0 ? text.length() : end + 1));
                }
                default -> text.setLength(at);
            }
        }
        checkAnything(text.toString().getBytes(gbk ? Charset.forName("GBK") : StandardCharsets.UTF_8), "fuzz.txt");
    }

    static void checkAnything(byte[] bytes, String name) {
        CheckResult result = CHECKER.check(bytes, name);
        for (Diagnostic d : result.diagnostics()) {
            if (d.code().isBlank() || d.message().isBlank() || d.location() == null) {
                throw new AssertionError("a finding without code or message: " + d);
            }
        }
        if (ReportJson.write(result).isBlank()) {
            throw new AssertionError("no JSON for the result");
        }
    }

    private static String seed(String name) {
        try (InputStream in = ReportFuzzer.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test seed " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
