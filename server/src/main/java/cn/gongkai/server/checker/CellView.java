package cn.gongkai.server.checker;

import java.util.ArrayList;
import java.util.List;

/** One table cell as shown: its text, and the diagnostics marked on it (numbers and messages). */
final class CellView {

    private final String text;
    private final boolean unknown;
    private final List<Integer> refs = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private String severity = "";

    CellView(String text, boolean unknown) {
        this.text = text;
        this.unknown = unknown;
    }

    void mark(int ref, String severityId, String message) {
        refs.add(ref);
        messages.add("[" + ref + "] " + message);
        if (severity.isEmpty() || rank(severityId) < rank(severity)) {
            severity = severityId;
        }
    }

    private static int rank(String s) {
        return switch (s) {
            case "error" -> 0;
            case "warning" -> 1;
            default -> 2;
        };
    }

    public String getText() {
        return text;
    }

    public List<Integer> getRefs() {
        return refs;
    }

    /** CSS classes: the worst severity marked on it, and “unknown” for a blank or unrecoverable cell. */
    public String getCss() {
        String css = severity.isEmpty() ? "" : "sev-" + severity;
        return unknown ? (css + " unknown").strip() : css;
    }

    /** The messages, for the title attribute (a tooltip that needs no script). */
    public String getTitle() {
        return unknown && messages.isEmpty() ? "空白或无法确定" : String.join("\n", messages);
    }
}
