package cn.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GB 32100 check characters computed by hand. */
class CreditCodesTest {

    @Test
    void theCheckCharacterIsComputedOverTheFirstSeventeen() {
        // 9 1 3 5 0 1 0 0 M(21) 0 0 0 1 0 0 Y(30) 4 × weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28:
        // 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640; 1640 mod 31 = 28; 31 − 28 = 3 → “3”.
        assertThat(CreditCodes.valid("91350100M000100Y43")).isTrue();
        assertThat(CreditCodes.valid("91350100M000100Y44")).isFalse();
        // 9 1 1 1 0 1 0 8 5 5 1 3 8 5 0 8 2: 9 + 3 + 9 + 27 + 26 + 136 + 100 + 145 + 25 + 39 + 64 + 120 + 240 + 56
        // = 999; 999 mod 31 = 7; 31 − 7 = 24 → “Q” (A=10 … H=17, J=18 … N=22, P=23, Q=24).
        assertThat(CreditCodes.valid("91110108551385082Q")).isTrue();
        assertThat(CreditCodes.valid("91110108551385082P")).isFalse();
    }

    @Test
    void lettersOutsideTheSetAndWrongLengthsAreRefused() {
        assertThat(CreditCodes.valid("91350100I000100Y43")).as("I is not used").isFalse();
        assertThat(CreditCodes.valid("91350100M000100Y4")).isFalse();
        assertThat(CreditCodes.valid("")).isFalse();
    }
}
