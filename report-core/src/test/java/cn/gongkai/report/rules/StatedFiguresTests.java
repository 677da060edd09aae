package cn.gongkai.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Figures section 一 states, as a reader takes them (expected values by hand from each sentence). */
class StatedFiguresTests {

    @Test
    void aFigureOfTwoOutcomesTogetherIsNeitherAlone() {
        // The 2019 report of 上海市人民政府办公厅 (corpus real/shanghai-office-2019.html): 258 is 予以公开 and
        // 部分公开 together (its 表三: 予以公开 272 known so far, 部分公开 3), so neither may be read as 258.
        StatedFigures s = StatedFigures.read("予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%。");
        assertThat(s.granted()).isNull();
        assertThat(s.partiallyGranted()).isNull();
        assertThat(StatedFigures.read("予以公开、部分公开共12件。").partiallyGranted()).isNull();
    }

    @Test
    void separateFiguresAreStillRead() {
        StatedFigures s = StatedFigures.read("其中予以公开 7 件，部分公开 2 件，无法提供 7 件。");
        assertThat(s.granted()).isEqualTo(7L);
        assertThat(s.partiallyGranted()).isEqualTo(2L);
        assertThat(s.unable()).isEqualTo(7L);
        assertThat(StatedFigures.read("予以公开7件、部分公开2件。").partiallyGranted()).isEqualTo(2L);
    }
}
