package cn.gongkai.server.annualreport;

import cn.gongkai.report.model.AnnualReport;
import cn.gongkai.report.model.Section;
import cn.gongkai.report.rules.CheckerConfig;
import cn.gongkai.report.rules.CopiedParagraphs;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * Last year's sections 五 and 六 beside this year's text areas, and every paragraph of this year's
 * 一/五/六 that is unchanged from last year (内容雷同, the checker's COPY-FROM-LAST-YEAR names only the
 * first of each section; the drafter needs all of them to rewrite).
 */
final class LastYearText {

    private LastYearText() {
    }

    static void addTo(Model model, @Nullable AnnualReport previous, AnnualReport current) {
        if (previous == null) {
            model.addAttribute("previousProblems", List.of());
            model.addAttribute("previousOtherMatters", List.of());
            model.addAttribute("copied", List.of());
            return;
        }
        model.addAttribute("previousYear", previous.year());
        model.addAttribute("previousProblems", paragraphs(previous.sectionText(Section.PROBLEMS)));
        model.addAttribute("previousOtherMatters", paragraphs(previous.sectionText(Section.OTHER_MATTERS)));
        model.addAttribute("copied", CopiedParagraphs.find(current, previous, CheckerConfig.DEFAULT.copyMinChars()).stream()
                .map(c -> Map.of("section", "第" + c.section().numeral() + "部分“" + c.section().title() + "”",
                        "paragraph", c.paragraph()))
                .toList());
    }

    private static List<String> paragraphs(@Nullable String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
