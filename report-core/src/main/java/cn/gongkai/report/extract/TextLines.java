package cn.gongkai.report.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines on \n, \r\n and \r, keeping empty lines so that line numbers match an editor's. */
final class TextLines {

    private TextLines() {
    }

    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        if (text.indexOf('\r') < 0) {
            // Only \n (nearly every file): found by the vectorised indexOf instead of a test per character.
            int start = 0;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
                lines.add(text.substring(start, i));
                start = i + 1;
            }
            if (start < text.length()) {
                lines.add(text.substring(start));
            }
            return lines;
        }
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
