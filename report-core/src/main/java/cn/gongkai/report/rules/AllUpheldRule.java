package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.ReviewGroup;
import cn.gongkai.report.model.ReviewOutcomes;
import cn.gongkai.report.model.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * NARRATIVE-ALL-UPHELD: section 一 says the reviews were all upheld (均获维持, 全部维持) while 表四 shows cases
 * still pending (尚未审结) or corrected (结果纠正) — the text then hides what the table states (facts §7 E8).
 */
final class AllUpheldRule implements Rule {

    @Override
    public String code() {
        return Codes.NARRATIVE_ALL_UPHELD;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "正文称复议诉讼“均获维持”，但表四有尚未审结或结果纠正的案件";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        if (!context.stated().allUpheld()) {
            return;
        }
        List<String> found = new ArrayList<>();
        for (ReviewGroup g : ReviewGroup.values()) {
            ReviewOutcomes o = context.report().reviews().group(g);
            if (o.corrected().known() && o.corrected().value() > 0) {
                found.add(g.label() + "结果纠正 " + o.corrected().value() + " 件");
            }
            if (o.pending().known() && o.pending().value() > 0) {
                found.add(g.label() + "尚未审结 " + o.pending().value() + " 件");
            }
        }
        if (!found.isEmpty()) {
            out.add(Diagnostic.warning(code(), "正文称“均获维持”，但表四有" + String.join("、", found),
                    Location.section(context.sourceMap().sectionLine(Section.OVERVIEW), "一")));
        }
    }
}
