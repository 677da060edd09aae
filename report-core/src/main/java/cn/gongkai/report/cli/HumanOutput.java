package cn.gongkai.report.cli;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.render.TextRenderer;
import picocli.CommandLine.Help.Ansi;

/** One block per file for people: what was recovered, then every diagnostic, coloured on a terminal. */
final class HumanOutput {

    private final Ansi ansi;
    private final boolean showTables;

    HumanOutput(Ansi ansi, boolean showTables) {
        this.ansi = ansi;
        this.showTables = showTables;
    }

    String format(String file, CheckResult result) {
        StringBuilder sb = new StringBuilder();
        sb.append(ansi.string("@|bold ━━ " + escape(file) + " ━━|@")).append('\n');
        AnnualReport r = result.report();
        if (!result.unreadable()) {
            sb.append("机关：").append(orDash(r.organ())).append("（").append(r.organKind().id()).append("）")
                    .append("  年度：").append(r.year() == null ? "—" : r.year())
                    .append("  发布日期：").append(r.publishedOn() == null ? "—" : r.publishedOn())
                    .append("  格式：").append(r.templateEdition().id()).append('\n');
            if (showTables) {
                sb.append('\n').append(TextRenderer.tablesOnly(r));
            }
        }
        sb.append("诊断：错误 ").append(result.errors()).append("，警告 ").append(result.warnings())
                .append("，提示 ").append(result.count(Severity.INFO)).append('\n');
        for (Diagnostic d : result.diagnostics()) {
            String where = d.location().describe();
            sb.append("  ").append(ansi.string(colour(d.severity()) + d.severity().chinese() + "|@")).append(' ')
                    .append(d.code()).append(where.isEmpty() ? "" : "  " + where).append("  ").append(escape(d.message()))
                    .append('\n');
        }
        return sb.toString();
    }

    private static String colour(Severity s) {
        return switch (s) {
            case ERROR -> "@|bold,red ";
            case WARNING -> "@|yellow ";
            case INFO -> "@|cyan ";
        };
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }

    /** Keeps picocli's markup characters in data from being read as markup. */
    private static String escape(String s) {
        return s.replace("@|", "@ |");
    }
}
