package cn.gongkai.server.request;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0–9 and the capitals without I, O, Z, S, V; the
 * last is a check character: with the 31 characters numbered 0–30 and the weights 3^(i) mod 31 of
 * positions 1–17, it is the character numbered 31 − (Σ value × weight mod 31), 31 counting as 0.
 */
final class CreditCodes {

    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    static boolean valid(String code) {
        if (code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARACTERS.indexOf(code.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CHARACTERS.indexOf(code.charAt(17)) == check;
    }
}
