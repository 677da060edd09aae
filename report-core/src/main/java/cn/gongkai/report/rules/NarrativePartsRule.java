package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.Narrative;
import java.util.List;

/** NARRATIVE-PARTS: the stated 主动公开 total and its “其中” parts do not add up (info). */
final class NarrativePartsRule implements Rule {

    @Override
    public String code() {
        return Codes.NARRATIVE_PARTS;
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "主动公开信息总数与所列“其中”各项之和不一致";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        Narrative n = context.report().narrative();
        if (n.proactiveItemsTotal() == null || n.proactiveItemsByKind().isEmpty()) {
            return;
        }
        if (context.sourceMap().isApproximate("proactiveItemsTotal")) {
            out.add(Diagnostic.info(Codes.APPROXIMATE, "主动公开信息总数写作约数（" + n.proactiveItemsTotal()
                    + " 余/多条），不与“其中”各项之和逐一核对", Location.section(context.sourceMap().narrativeLine("proactiveItemsTotal"), "一")));
            return;
        }
        long total = n.proactiveItemsTotal();
        long parts = n.proactiveItemsByKind().values().stream().mapToLong(Long::longValue).sum();
        Location at = Location.section(context.sourceMap().narrativeLine("proactiveItemsTotal"), "一");
        if (parts < total) {
            out.add(Diagnostic.info(code(), "主动公开信息共 " + total + " 条，所列“其中”各项合计 " + parts + " 条，另有 "
                    + (total - parts) + " 条未分类说明", at));
        } else if (parts > total) {
            out.add(Diagnostic.info(code(), "主动公开信息共 " + total + " 条，所列“其中”各项合计 " + parts + " 条，超出总数 "
                    + (parts - total) + " 条", at));
        }
    }
}
