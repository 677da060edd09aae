package cn.gongkai.report.corpus;

import cn.gongkai.report.check.CheckResult;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.DocumentCounts;
import cn.gongkai.report.model.ProactiveTable;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.ReviewGroup;
import cn.gongkai.report.model.ReviewOutcomes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Compares what the checker read from one file with the file's hand-written expectations. */
final class CorpusScorer {

    /** Sidecar value of a cell the file states but whose digits several splits explain (README). */
    static final String AMBIGUOUS = "ambiguous";

    private CorpusScorer() {
    }

    static FileScore score(String file, Expected e, CheckResult result) {
        FileScore s = new FileScore(file, e.layoutClass());
        AnnualReport r = result.report();
        if (e.organ() != null) {
            String read = String.valueOf(r.organ());
            s.meta("机关", e.organAlso().contains(read) ? read : String.join(" 或 ", e.organAlso()), read);
        }
        if (e.year() != null) {
            s.meta("年度", String.valueOf(e.year()), String.valueOf(r.year()));
        }
        if (e.publishedOn() != null) {
            s.meta("发布日期", e.publishedOn(), String.valueOf(r.publishedOn()));
        }
        proactive(s, e.proactive(), r.proactive());
        requests(s, e, r);
        reviews(s, e, r);
        legacy(s, e, result);
        Set<String> codes = result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toSet());
        for (String c : e.codes()) {
            if (!codes.contains(c)) {
                s.codeMisses.add(file + " 缺少 " + c);
            }
        }
        // Every corpus file is a report: refusing one (unread, or over a reading budget) is always a miss.
        for (String c : Stream.concat(e.notCodes().stream(), Stream.of("UNREADABLE", "INPUT-TOO-COMPLEX"))
                .distinct().toList()) {
            if (codes.contains(c)) {
                s.codeMisses.add(file + " 不应有 " + c + "：" + result.diagnostics().stream()
                        .filter(d -> d.code().equals(c)).findFirst().map(Diagnostic::message).orElse(""));
            }
        }
        return s;
    }

    private static void proactive(FileScore s, JsonNode p, ProactiveTable t) {
        if (p.isMissingNode() || p.isNull()) {
            return;
        }
        counts(s, p.path("rules"), t.rules(), "表二 规章");
        counts(s, p.path("normativeDocuments"), t.normativeDocuments(), "表二 行政规范性文件");
        cell(s, p.path("licensing"), t.licensing(), "表二 行政许可");
        cell(s, p.path("penalty"), t.penalty(), "表二 行政处罚");
        cell(s, p.path("coerciveMeasure"), t.coerciveMeasure(), "表二 行政强制");
        JsonNode fees = p.path("administrativeFees");
        if (!fees.isMissingNode()) {
            BigDecimal read = t.administrativeFees();
            if (fees.isNull()) {
                judge(s, read == null, "表二 行政事业性收费", "空白（未知）", read);
            } else if (read == null) {
                s.unknown++;
            } else {
                judge(s, read.compareTo(new BigDecimal(fees.asString())) == 0, "表二 行政事业性收费", fees.asString(), read);
            }
        }
    }

    private static void counts(FileScore s, JsonNode three, DocumentCounts d, String what) {
        if (three.isArray()) {
            List<Cell> cells = List.of(d.issued(), d.repealed(), d.inForce());
            for (int i = 0; i < 3; i++) {
                cell(s, three.get(i), cells.get(i), what + "第" + (i + 1) + "列");
            }
        }
    }

    private static void requests(FileScore s, Expected e, AnnualReport r) {
        String cutAfter = e.notStated().stream().filter(n -> n.startsWith("requestsAfter:"))
                .map(n -> n.substring("requestsAfter:".length())).findFirst().orElse(null);
        boolean afterCut = e.notStated().contains("requests"); // a capture cut before 表三
        for (RequestRow row : RequestRow.values()) {
            JsonNode values = e.requests().path(row.id());
            for (ApplicantColumn c : ApplicantColumn.values()) {
                Cell read = r.requests().get(row, c);
                String where = "表三 " + row.id() + "/" + c.id();
                if (afterCut) {
                    notStated(s, read, where);
                } else if (values.isArray()) {
                    cell(s, values.get(c.ordinal()), read, where);
                }
            }
            if (row.id().equals(cutAfter)) {
                afterCut = true;
            }
        }
    }

    private static void reviews(FileScore s, Expected e, AnnualReport r) {
        boolean absent = e.notStated().contains("reviews");
        for (ReviewGroup g : ReviewGroup.values()) {
            ReviewOutcomes read = r.reviews().group(g);
            JsonNode values = e.reviews().path(g.id());
            for (int i = 0; i < 5; i++) {
                String where = "表四 " + g.id() + "/" + ReviewOutcomes.COLUMN_IDS.get(i);
                if (absent) {
                    notStated(s, read.cells().get(i), where);
                } else if (values.isArray()) {
                    cell(s, values.get(i), read.cells().get(i), where);
                }
            }
        }
    }

    /** The old one-column table's figures (JSON legacyStatistics), scored like cells. */
    private static void legacy(FileScore s, Expected e, CheckResult result) {
        if (!e.legacy().isObject()) {
            return;
        }
        java.util.Map<String, Long> read = result.sourceMap() == null ? java.util.Map.of() : result.sourceMap().legacyFigures();
        for (String id : e.legacy().propertyNames()) {
            Long v = read.get(id);
            if (v == null) {
                s.unknown++;
            } else {
                judge(s, v == e.legacy().get(id).asLong(), "旧格式统计表 " + id, e.legacy().get(id).asString(), v);
            }
        }
    }

    /** A cell the file does not contain: any value read there is invented, so wrong. */
    private static void notStated(FileScore s, Cell read, String where) {
        if (read.known()) {
            s.wrong++;
            s.wrongCells.add(s.file + " " + where + "：文件中没有此单元格，却读出 " + read.value());
        }
    }

    private static void cell(FileScore s, @Nullable JsonNode expected, Cell read, String where) {
        if (expected == null || expected.isMissingNode()) {
            return;
        }
        if (expected.isNull()) {
            judge(s, !read.known(), where, "空白（未知）", read);
        } else if (expected.isString() && expected.asString().equals(AMBIGUOUS)) {
            // Stated, but run together with its neighbours so that several values fit every identity: a reading
            // that picks one is a guess (issue 12: leave such cells unknown and say so).
            judge(s, !read.known(), where, "多种拆法（未知）", read);
        } else if (!read.known()) {
            s.unknown++;
        } else {
            judge(s, read.value() == expected.asLong(), where, expected.asString(), read);
        }
    }

    /** A stated cell that was read: right, or wrong with a message naming it. */
    private static void judge(FileScore s, boolean right, String where, String expected, @Nullable Object read) {
        if (right) {
            s.right++;
        } else {
            s.wrong++;
            s.wrongCells.add(s.file + " " + where + "：应为 " + expected + "，读出 " + read);
        }
    }
}
