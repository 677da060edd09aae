package cn.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pinyin a mirror site wrote after characters is removed; parentheses of the report's own text stay. */
class PinyinNotesTests {

    @Test
    void tonedSyllablesAfterHanCharactersAreRemoved() {
        // As captured from a Traditional mirror (corpus real/zhashui-traditional-2021.txt), expected by hand.
        assertThat(PinyinNotes.strip(List.of("本年制發(fā)件數(shù) | 規(guī)章 | 柞水縣鳳凰鎮(zhèn)人民政府")))
                .containsExactly("本年制發件數 | 規章 | 柞水縣鳳凰鎮人民政府");
    }

    @Test
    void theReportsOwnParenthesesStay() {
        List<String> own = List.of("（一）予以公开", "附件(PDF)", "电子邮箱(email)：a@b.cn", "(三)不予公开");
        assertThat(PinyinNotes.strip(own)).isSameAs(own);
    }
}
