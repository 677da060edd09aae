package cn.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The backward reading of a one-line report's trailing signature date gives what the regex it replaced gave:
 * the date's start and the start of the Han run before it (which decide where Reflow breaks the line).
 */
class TrailingDateTests {

    /** The pattern Reflow used before {@link TrailingDate}, searched with {@code find()} in [from, end). */
    private static final Pattern REGEX =
            Pattern.compile("(\\p{IsHan}{2,30})?\\s*(20\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*$");

    @Test
    void theOrganBeforeTheDateIsFoundAsTheRegexFoundIt() {
        String line = "…本年度未收取信息处理费。 白水镇人民政府 2012年2月28日";
        TrailingDate.Found f = TrailingDate.find(line, 0);
        assertThat(line.substring(f.date())).isEqualTo("2012年2月28日");
        assertThat(line.substring(f.han(), f.date()).strip()).isEqualTo("白水镇人民政府");
        assertThat(f).isEqualTo(viaRegex(line, 0));
        assertThat(TrailingDate.find("云岭县人民政府2024年3月28日。", 0)).isNull();
    }

    @Test
    void randomTextGivesTheSameAsTheRegex() {
        // Han (BMP and a supplementary one), the date's own characters, digits, white space, line terminators.
        String[] alphabet = {"镇", "政", "府", "年", "月", "日", "〇", "\uD840\uDC00", "2", "0", "1", "9", " ", "\t", "\u3000",
            "\u2028", "\n", "a", "。", "2024年3月28日", "2012 年 12 月 5 日", "20"};
        Random random = new Random(12);
        int found = 0;
        for (int run = 0; run < 200_000; run++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(40);
            for (int i = 0; i < parts; i++) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            if (random.nextInt(3) == 0) {
                sb.append("县人民政府".repeat(random.nextInt(8))).append(random.nextBoolean() ? " " : "").append("2025年1月9日");
            }
            String s = sb.toString();
            int from = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            TrailingDate.Found expected = viaRegex(s, from);
            assertThat(TrailingDate.find(s, from)).as("“%s” from %d", s, from).isEqualTo(expected);
            found += expected == null ? 0 : 1;
        }
        assertThat(found).isGreaterThan(10_000); // the comparison saw many dates, not only misses
    }

    private static TrailingDate.Found viaRegex(String s, int from) {
        Matcher m = REGEX.matcher(s).region(from, s.length());
        return m.find() ? new TrailingDate.Found(m.start(2), m.group(1) == null ? -1 : m.start(1)) : null;
    }
}
