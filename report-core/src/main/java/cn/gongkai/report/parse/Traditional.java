package cn.gongkai.report.parse;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a report written in Traditional characters (mirror sites convert whole pages) as Simplified,
 * with ICU4J's Traditional-Simplified transform. The transform is costly to build (≈ 0.1–0.3 s) and
 * to run, so it is built once, on first need, and run only on text that holds several characters
 * that exist only in Traditional writing (this list only detects; ICU converts).
 */
final class Traditional {

    /** Traditional-only forms of characters every report uses (開 關 報 …); never Simplified characters. */
    private static final String MARKERS = "開關機報計結轉數請處議訟務術際個為與們會說這對時來發現項規範條總體況單據縣區鎮鄉辦廳黨國頁號應門網實經濟營導執護權錄審維糾檢傳歷圖類義產業勢劃歸進達適變續統職級點";
    /** So many marker characters make a text Traditional; a stray one in Simplified text does not. */
    private static final int THRESHOLD = 5;
    /** …and at least this share (percent) of the Han characters. */
    private static final int MIN_PERCENT = 8;
    /** Longer text is read as it is: the transform's cost is bounded. */
    private static final long MAX_CHARS = 300_000;
    private static final CharSet IS_MARKER = CharSet.of(MARKERS);

    private static final class Holder {
        static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    }

    private Traditional() {
    }

    static boolean isTraditional(List<String> lines) {
        int seen = 0;
        int han = 0;
        long chars = 0;
        for (String line : lines) {
            chars += line.length();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c >= 0x4E00 && c <= 0x9FFF) {
                    han++;
                    if (IS_MARKER.has(c)) {
                        seen++;
                    }
                }
            }
        }
        // A Traditional report has these characters as about a fifth of its Han text (base.txt
        // converted: 194 of 918); text with a few of them, or random characters (~3 %), is not one.
        // Above MAX_CHARS no report is this long, and the transform (~0.5 MB/s) would cost seconds.
        return seen >= THRESHOLD && seen * 100L >= MIN_PERCENT * (long) han && chars <= MAX_CHARS;
    }

    /** The lines in Simplified characters, line for line (line numbers are kept). */
    static List<String> toSimplified(List<String> lines) {
        Transliterator t = Holder.TO_SIMPLIFIED;
        List<String> out = new ArrayList<>(lines.size());
        synchronized (t) {
            for (String line : lines) {
                out.add(line.isEmpty() ? line : t.transliterate(line));
            }
        }
        return out;
    }
}
