package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.parse.SourceMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * ORGAN-KIND-RESIDUE: the text calls the organ by another kind (全乡 in a 镇's report, 全街道 in a
 * 乡's), a sign of text copied from another organ's report (facts §7 E3).
 */
final class OrganKindResidueRule implements Rule {

    @Override
    public String code() {
        return Codes.ORGAN_KIND_RESIDUE;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "正文用其他类别称呼本机关（如镇的报告写“全乡”），疑为套用他人报告的残留";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        String organ = context.report().organ();
        String own = ownWord(organ);
        if (own == null) {
            return;
        }
        Map<String, SourceMap.Mention> first = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (SourceMap.Mention m : context.sourceMap().organKindWords()) {
            String word = m.text().substring(1);
            if (!word.equals(own)) {
                first.putIfAbsent(m.text(), m);
                count.merge(m.text(), 1, Integer::sum);
            }
        }
        first.forEach((word, m) -> out.add(Diagnostic.warning(code(), "正文称“" + word + "”（共 " + count.get(word)
                + " 处），但本机关是" + own + "（" + organ + "），疑为套用其他报告的残留", Location.line(m.line()))));
    }

    private static @Nullable String ownWord(@Nullable String organ) {
        if (organ == null) {
            return null;
        }
        String core = organ.replace("人民政府", "").replace("办事处", "");
        if (core.endsWith("街道")) {
            return "街道";
        }
        if (core.endsWith("镇")) {
            return "镇";
        }
        if (core.endsWith("乡")) {
            return "乡";
        }
        return null;
    }
}
