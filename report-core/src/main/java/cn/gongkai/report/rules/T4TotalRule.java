package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.model.ReviewGroup;
import cn.gongkai.report.model.ReviewOutcomes;
import java.util.ArrayList;
import java.util.List;

/** T4-TOTAL: in each group of 表四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (facts §1.7 R5). */
final class T4TotalRule extends IdentityRule {

    @Override
    public String code() {
        return Codes.T4_TOTAL;
    }

    @Override
    public String summary() {
        return "表四每一组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结";
    }

    @Override
    String table() {
        return "四";
    }

    @Override
    List<Instance> instances(CheckContext context) {
        List<Instance> out = new ArrayList<>();
        for (ReviewGroup g : ReviewGroup.values()) {
            ReviewOutcomes o = context.report().reviews().group(g);
            out.add(new Instance("表四 " + g.label(), o.parts(), ReviewOutcomes.COLUMN_LABELS.subList(0, 4),
                    List.of(o.total()), List.of("总计"),
                    Location.cell(context.sourceMap().reviewLine(), "四", "四", g.id(), "total")));
        }
        return out;
    }
}
