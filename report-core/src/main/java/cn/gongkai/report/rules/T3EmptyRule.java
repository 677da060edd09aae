package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.Section;
import java.util.List;
import java.util.Locale;

/**
 * T3-EMPTY: section 三 is there but its table gives no figure at all, or more than
 * {@link CheckerConfig#blankShareLimit()} of its 175 cells are blank or unreadable. Art. 50 requires the
 * request statistics; the format fills every cell (0 where nothing happened). Only for parsed reports:
 * a compiled report has every cell.
 */
final class T3EmptyRule implements Rule {

    private static final int CELLS = RequestRow.COUNT * ApplicantColumn.COUNT;

    @Override
    public String code() {
        return Codes.T3_EMPTY;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "表三存在但为空，或空白、无法读出的单元格超过设定比例";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        Integer line = context.sourceMap().sectionLine(Section.REQUESTS);
        if (!context.sourceMap().fromSource() || line == null || context.sourceMap().legacyFormat()) {
            // A report before 2019 has no 表三 (LEGACY-FORMAT says so once).
            return;
        }
        int unknown = 0;
        for (RequestRow row : RequestRow.values()) {
            for (ApplicantColumn c : ApplicantColumn.values()) {
                if (!context.report().requests().get(row, c).known()) {
                    unknown++;
                }
            }
        }
        Location at = Location.cell(line, "三", "三", null, null);
        if (unknown > context.config().blankShareLimit() * CELLS
                && (context.sourceMap().truncated() || context.sourceMap().missingSections().containsAll(
                        List.of(Section.REVIEWS, Section.PROBLEMS, Section.OTHER_MATTERS)))) {
            // Nothing after 表三 (no 四, 五 or 六): the text may stop inside the table (a capture cut short), so its blanks are
            // not known to be the organ's; REPORT-INCOMPLETE says what is missing.
            out.add(Diagnostic.info(Codes.NOT_CHECKED, "表三之后的内容未读到（报告不完整），表三有 " + unknown
                    + " 个单元格未读出，是否漏填未核对", at));
        } else if (unknown == CELLS) {
            out.add(Diagnostic.warning(code(), "表三没有任何数字：175 个单元格均为空白或无法读出。请按国家格式填写表三，没有发生的填 0", at));
        } else if (unknown > context.config().blankShareLimit() * CELLS) {
            out.add(Diagnostic.warning(code(), String.format(Locale.ROOT,
                    "表三 175 个单元格中有 %d 个空白或无法读出（%.0f%%，超过设定的 %.0f%%）。请补齐表三，没有发生的填 0", unknown,
                    100.0 * unknown / CELLS, 100 * context.config().blankShareLimit()), at));
        }
    }
}
