package cn.gongkai.report.parse;

/**
 * A run of lines joined into one string for sentence-level matching (PDF text wraps sentences over
 * lines), remembering which line each character came from. Lines are joined without a separator,
 * as Chinese needs none, except that a space keeps two numbers from merging.
 */
final class Joined {

    final String text;
    private final int[] lineAt;

    private Joined(String text, int[] lineAt) {
        this.text = text;
        this.lineAt = lineAt;
    }

    static Joined of(Lines lines, int fromIndex, int toIndex) {
        StringBuilder sb = new StringBuilder();
        IntList at = new IntList();
        for (int i = fromIndex; i < toIndex; i++) {
            String s = lines.norm.get(i).strip();
            if (s.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty() && Character.isDigit(sb.charAt(sb.length() - 1)) && Character.isDigit(s.charAt(0))) {
                sb.append(' ');
                at.add(i + 1);
            }
            sb.append(s);
            for (int k = 0; k < s.length(); k++) {
                at.add(i + 1);
            }
        }
        return new Joined(sb.toString(), at.toArray());
    }

    int lineOf(int pos) {
        if (lineAt.length == 0) {
            return 1;
        }
        return lineAt[Math.max(0, Math.min(pos, lineAt.length - 1))];
    }
}
