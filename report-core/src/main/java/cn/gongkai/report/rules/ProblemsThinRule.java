package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.Section;
import java.util.List;
import java.util.regex.Pattern;

/**
 * PROBLEMS-THIN: section 五 (存在的主要问题及改进情况) says only 无 / 暂无 / 没有, or is shorter than
 * {@link CheckerConfig#problemsMinChars()} characters without white space and punctuation. Art. 50(五)
 * asks for the main problems and how they are being improved; a one-word section reports neither.
 * A missing section is SECTION-MISSING's, not this rule's.
 */
final class ProblemsThinRule implements Rule {

    private static final Pattern NOTHING = Pattern.compile("(?:无|暂无|没有|无问题|本年度无|不存在)");

    @Override
    public String code() {
        return Codes.PROBLEMS_THIN;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "第五部分只写“无”或过短，未说明存在的问题及改进情况";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        String text = context.report().sectionText(Section.PROBLEMS);
        if (text == null) {
            return;
        }
        String bare = withoutNoise(text);
        Location at = Location.section(context.sourceMap().sectionLine(Section.PROBLEMS), "五");
        if (bare.isEmpty() || NOTHING.matcher(bare).matches()) {
            out.add(Diagnostic.warning(code(), "第五部分“存在的主要问题及改进情况”只写了“" + (bare.isEmpty() ? "（空）" : bare)
                    + "”。请写明本年工作存在的主要问题和改进措施（《条例》第五十条）", at));
        } else if (bare.codePointCount(0, bare.length()) < context.config().problemsMinChars()) {
            out.add(Diagnostic.warning(code(), "第五部分“存在的主要问题及改进情况”只有 " + bare.codePointCount(0, bare.length())
                    + " 个字（少于设定的 " + context.config().problemsMinChars() + " 个字）。请写明存在的主要问题和改进措施", at));
        }
    }

    /** The text without white space, punctuation and symbols (what [\s\p{P}\p{S}] matches), in one pass. */
    static String withoutNoise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!isNoise(c)) {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    private static boolean isNoise(int c) {
        if (c == ' ' || c >= '\t' && c <= '\r') {
            return true; // \s: the ASCII white space
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
