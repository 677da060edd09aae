package cn.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The worked examples of facts §3.5, computed by hand from the tiers of 国办函〔2020〕109号. */
class FeeScheduleTest {

    private final FeeSchedule fees = FeeSchedule.DEFAULT;

    @Test
    void perPieceIsFreeUpToTenAMonthThenProgressive() {
        assertThat(fees.perPiece(0, 10)).isZero();
        assertThat(fees.perPiece(10, 1)).isEqualTo(100);            // the 11th
        assertThat(fees.perPiece(0, 35)).isEqualTo(3_000);          // 20×100 + 5×200
        assertThat(fees.perPiece(0, 45)).isEqualTo(5_500);          // 2,000 + 10×200 + 5×300
        assertThat(fees.perPiece(30, 1)).isEqualTo(200);            // the 31st
        assertThat(fees.perPiece(40, 1)).isEqualTo(300);            // the 41st
        // The same pieces cost the same whether asked at once or one by one.
        long oneByOne = 0;
        for (int k = 0; k < 45; k++) {
            oneByOne += fees.perPiece(k, 1);
        }
        assertThat(oneByOne).isEqualTo(fees.perPiece(0, 45));
    }

    @Test
    void perPageIsFreeUpToThirtyPagesThenProgressive() {
        assertThat(fees.perPage(30)).isZero();
        assertThat(fees.perPage(31)).isEqualTo(10);
        assertThat(fees.perPage(100)).isEqualTo(700);
        assertThat(fees.perPage(101)).isEqualTo(720);
        assertThat(fees.perPage(200)).isEqualTo(2_700);
        assertThat(fees.perPage(250)).isEqualTo(4_700);              // 700 + 2,000 + 2,000
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> fees.perPage(-1)).hasMessage("页数不能为负数");
        assertThatThrownBy(() -> fees.perPiece(0, -1)).hasMessage("件数不能为负数");
    }
}
