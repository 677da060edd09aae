package cn.gongkai.report.parse;

/**
 * A run of lines joined into one string for sentence-level matching (PDF text wraps sentences over
 * lines), remembering which line each character came from. Lines are joined without a separator,
 * as Chinese needs none, except that a space keeps two numbers from merging.
 */
final class Joined {

    final String text;
    private final LineRuns lines;

    private Joined(String text, LineRuns lines) {
        this.text = text;
        this.lines = lines;
    }

    static Joined of(Lines lines, int fromIndex, int toIndex) {
        StringBuilder sb = new StringBuilder();
        LineRuns at = new LineRuns();
        for (int i = fromIndex; i < toIndex; i++) {
            String s = lines.norm.get(i).strip();
            if (s.isEmpty()) {
                continue;
            }
            at.mark(sb.length(), i + 1);
            if (!sb.isEmpty() && Character.isDigit(sb.charAt(sb.length() - 1)) && Character.isDigit(s.charAt(0))) {
                sb.append(' ');
            }
            sb.append(s);
        }
        return new Joined(sb.toString(), at);
    }

    int lineOf(int pos) {
        if (text.isEmpty()) {
            return 1;
        }
        return lines.lineOf(Math.max(0, Math.min(pos, text.length() - 1)));
    }
}
