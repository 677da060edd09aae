package cn.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every built-in letter, and the reply for every outcome and variant, as it would reach an applicant:
 * no “（或……）” alternative, no “无明文规定” basis, no doubled “。。”, no unfilled placeholder, and
 * 《条例》 used only after it was defined as 《中华人民共和国政府信息公开条例》（以下简称《条例》）.
 */
class LetterWordingTest {

    static final String DEFINED = "《中华人民共和国政府信息公开条例》（以下简称《条例》）";

    @Test
    void noLetterOfAnyOutcomeCarriesAnAlternativeAnUndefinedAbbreviationOrADoubledStop() {
        int checked = 0;
        for (LetterKind kind : LetterKind.values()) {
            if (kind == LetterKind.REPLY) {
                for (Outcome o : Outcome.values()) {
                    var variants = ReplyWording.Variant.of(o);
                    for (ReplyWording.Variant v : variants.isEmpty() ? java.util.Collections.<ReplyWording.Variant>singletonList(null)
                            : variants) {
                        Map<String, String> values = values();
                        values.put("答复结果", ReplyWording.decision(o, v));
                        values.put("答复依据", ReplyWording.basis(o, v));
                        assertClean(kind + " " + o + " " + v, LetterTemplates.fill(LetterTemplates.builtIn(kind), values));
                        checked++;
                    }
                }
            } else {
                assertClean(kind.name(), LetterTemplates.fill(LetterTemplates.builtIn(kind), values()));
                checked++;
            }
        }
        // 21 outcomes, two of them with two variants (23 replies), plus the 8 other letters.
        assertThat(checked).isEqualTo(23 + 8);
    }

    @Test
    void theVariantDecidesTheArticleAndTheSentence() {
        assertThat(ReplyWording.basis(Outcome.GRANTED, ReplyWording.Variant.ALREADY_PUBLIC))
                .isEqualTo("以上答复依据《中华人民共和国政府信息公开条例》第三十六条第（一）项的规定。");
        assertThat(ReplyWording.basis(Outcome.UNABLE_NOT_HELD, ReplyWording.Variant.NOT_RESPONSIBLE))
                .isEqualTo("以上答复依据《中华人民共和国政府信息公开条例》第三十六条第（五）项的规定。");
        assertThat(ReplyWording.decision(Outcome.UNABLE_NOT_HELD, ReplyWording.Variant.NOT_EXIST))
                .isEqualTo("经检索，本机关没有您申请公开的政府信息，该政府信息不存在。");
        // A variant of another outcome is ignored: 予以公开 falls back to 第（二）项 (provided).
        assertThat(ReplyWording.basis(Outcome.GRANTED, ReplyWording.Variant.NOT_EXIST)).contains("第三十六条第（二）项");
        assertThat(ReplyWording.basis(Outcome.NOT_PROCESSED_CONFIRMATION, null)).isEmpty();
    }

    @Test
    void tidyingDropsEmptyLinesAndDoubledStops() {
        assertThat(ReplyWording.tidy("甲：\n内容为：资料。。经审查\n\n  \n乙。")).isEqualTo("甲：\n内容为：资料。经审查\n乙。");
    }

    private static void assertClean(String what, String text) {
        assertThat(text).as(what).doesNotContain("（或").doesNotContain("无明文规定").doesNotContain("。。")
                .doesNotContain("{").doesNotContain("\n\n");
        int first = text.indexOf("《条例》");
        if (first >= 0) {
            int defined = text.indexOf(DEFINED);
            assertThat(defined).as(what + "：《条例》 used before it is defined").isGreaterThanOrEqualTo(0);
            assertThat(first).as(what + "：《条例》 first used in its definition")
                    .isEqualTo(defined + DEFINED.indexOf("《条例》"));
        }
    }

    /** Every placeholder, the case's own text ending with a full stop as applicants often write it. */
    private static Map<String, String> values() {
        Map<String, String> v = new HashMap<>();
        for (String name : LetterTemplates.NAMES) {
            v.put(name, name + "示例");
        }
        v.put("申请内容", "2026年村道硬化工程验收资料。");
        v.put("答复说明", "");
        return v;
    }
}
