package cn.gongkai.report.rules;

import cn.gongkai.report.parse.OutcomeWords;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The request and litigation figures section 一 states in prose beyond 本年新收 (which the parser reads):
 * 予以公开, 部分公开, 无法提供, 上年结转, 结转下年度, 行政诉讼, and whether it says every case was upheld
 * (均获维持). Read from the section's text, so it works for parsed and compiled reports alike; null
 * where the text does not state the figure. Each pattern allows only a few non-digit characters between
 * the word and its number, so a number of another sentence part is never taken.
 */
record StatedFigures(@Nullable Long granted, @Nullable Long partiallyGranted, @Nullable Long unable,
        @Nullable Long carriedIn, @Nullable Long carriedOut, @Nullable Long litigation, boolean allUpheld) {

    /** No conjunction in the gap: 予以公开及部分公开258件 states the two together, neither alone. */
    private static final String GAP = "[^，,。；;：:\\d及和与、]{0,6}?";
    private static final Pattern GRANTED = Pattern.compile("(?<!部分)予以公开" + GAP + "(\\d+)\\s*件");
    private static final Pattern PARTIAL = Pattern.compile("(?<!公开[及和与、])部分公开" + GAP + "(\\d+)\\s*件");
    private static final Pattern UNABLE = Pattern.compile("无法提供" + GAP + "(\\d+)\\s*件");
    private static final Pattern CARRIED_IN = Pattern.compile("上年(?:度)?结转" + GAP + "(\\d+)\\s*件");
    private static final Pattern CARRIED_OUT = Pattern.compile("结转(?:至)?下(?:一)?年度?" + GAP + "(\\d+)\\s*件");
    private static final Pattern LITIGATION = Pattern.compile("行政诉讼" + GAP + "(\\d+)\\s*(?:件|起)");
    private static final Pattern NO_LITIGATION = Pattern.compile(
            "(?:未|没有)(?:发生|产生|被提起|收到)?[^，,。；;\\d]{0,20}?行政诉讼" + OutcomeWords.NOT_AN_OUTCOME);
    private static final Pattern ALL_UPHELD = Pattern.compile("均(?:获|被|予以|已)?维持|全部(?:获|被)?维持");

    /** How far past its anchor word a figure may stand: the gap, the digits, the unit. */
    private static final int AFTER = 48;

    static StatedFigures read(@Nullable String overview) {
        if (overview == null) {
            return new StatedFigures(null, null, null, null, null, null, false);
        }
        Long litigation = number(LITIGATION, "行政诉讼", overview);
        if (litigation == null && near(NO_LITIGATION, "行政诉讼", 26, overview)) {
            litigation = 0L;
        }
        return new StatedFigures(number(GRANTED, "予以公开", overview), number(PARTIAL, "部分公开", overview),
                number(UNABLE, "无法提供", overview), number(CARRIED_IN, "上年", overview),
                number(CARRIED_OUT, "结转", overview), litigation, near(ALL_UPHELD, "维持", 3, overview));
    }

    /**
     * The number of the first match of {@code p}, a pattern that begins with {@code anchor}: tried only
     * where the anchor stands (indexOf), not at every offset of the section as {@code find} would.
     * Transparent bounds let the look-behind of {@link #GRANTED} see the text before the anchor.
     */
    private static @Nullable Long number(Pattern p, String anchor, String text) {
        Matcher m = p.matcher(text).useTransparentBounds(true);
        for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
            m.region(at, Math.min(text.length(), at + anchor.length() + AFTER));
            if (m.lookingAt()) {
                try {
                    return Long.parseLong(m.group(1));
                } catch (NumberFormatException tooLong) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Whether {@code p}, whose matches end with {@code anchor} at most {@code before} characters after they start, occurs. */
    private static boolean near(Pattern p, String anchor, int before, String text) {
        Matcher m = p.matcher(text).useTransparentBounds(true); // a look-ahead sees past the anchor (…行政诉讼败诉)
        for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
            m.region(Math.max(0, at - before), at + anchor.length());
            if (m.find()) {
                return true;
            }
        }
        return false;
    }
}
