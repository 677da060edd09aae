package cn.gongkai.report.rules;

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
            "(?:未|没有)(?:发生|产生|被提起|收到)?[^，,。；;\\d]{0,20}?行政诉讼");
    private static final Pattern ALL_UPHELD = Pattern.compile("均(?:获|被|予以|已)?维持|全部(?:获|被)?维持");

    static StatedFigures read(@Nullable String overview) {
        if (overview == null) {
            return new StatedFigures(null, null, null, null, null, null, false);
        }
        Long litigation = number(LITIGATION, overview);
        if (litigation == null && NO_LITIGATION.matcher(overview).find()) {
            litigation = 0L;
        }
        return new StatedFigures(number(GRANTED, overview), number(PARTIAL, overview), number(UNABLE, overview),
                number(CARRIED_IN, overview), number(CARRIED_OUT, overview), litigation,
                ALL_UPHELD.matcher(overview).find());
    }

    private static @Nullable Long number(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }
}
