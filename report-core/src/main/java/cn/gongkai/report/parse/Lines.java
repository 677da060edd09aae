package cn.gongkai.report.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The source lines in two forms: {@code original} (markdown markers removed, otherwise as written,
 * for prose) and {@code norm} (NFKC, curly quotes folded, for matching labels and numbers).
 * Index i holds source line i + 1.
 */
final class Lines {

    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s*");
    private static final Pattern MD_EMPHASIS = Pattern.compile("\\*\\*|__");
    private static final Pattern MD_TABLE_RULE = Pattern.compile("^[\\s|:\\-\\t]*-{3,}[\\s|:\\-\\t]*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^\\s*(?:[-—–－]\\s*\\d{1,3}\\s*[-—–－]|第\\s*\\d{1,3}\\s*页(?:\\s*[,，/／]?\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3})\\s*$");

    final List<String> original;
    final List<String> norm;

    private Lines(List<String> original, List<String> norm) {
        this.original = original;
        this.norm = norm;
    }

    static Lines of(List<String> source) {
        List<String> original = new ArrayList<>(source.size());
        List<String> norm = new ArrayList<>(source.size());
        for (String raw : source) {
            String line = clean(raw);
            original.add(line);
            norm.add(normalize(line));
        }
        return new Lines(original, norm);
    }

    int size() {
        return original.size();
    }

    /** Removes markup that is not report content; keeps the line (as blank) so numbering is stable. */
    static String clean(String raw) {
        String line = raw.replace("\uFEFF", "").replace("\u200B", "");
        if (MD_TABLE_RULE.matcher(line).matches() || PAGE_NUMBER.matcher(line).matches()) {
            return "";
        }
        line = MD_HEADING.matcher(line).replaceFirst("");
        line = MD_EMPHASIS.matcher(line).replaceAll("");
        if (line.indexOf('|') >= 0 && line.strip().startsWith("|")) {
            // A markdown pipe table row: cells become tab-separated like any other table.
            String inner = line.strip();
            inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
            line = String.join("\t", inner.split("\\|", -1));
        }
        return line;
    }

    /** NFKC turns full-width digits and punctuation into ASCII; quotes fold to one form. */
    static String normalize(String line) {
        String n = Normalizer.normalize(line, Normalizer.Form.NFKC);
        return n.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'')
                .replace('〔', '[').replace('〕', ']');
    }

    /** The normalized line with all white space removed, for keyword matching. */
    String compact(int index) {
        return norm.get(index).replaceAll("\\s+", "");
    }
}
