package cn.gongkai.server.accounts;

import java.security.SecureRandom;

/**
 * Temporary passwords the security administrator hands over when he creates an account or resets a
 * password: random, easy to read out over the telephone (no 0/O, 1/l/I), and always within the password
 * policy, so the person can sign in once and must then choose his own.
 */
final class TemporaryPasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    /** Four groups of four (e.g. {@code Kq7m-Xr2p-...}): 19 characters, about 90 bits. */
    static String next(String username) {
        String all = UPPER + LOWER + DIGITS;
        while (true) {
            StringBuilder s = new StringBuilder();
            for (int group = 0; group < 4; group++) {
                if (group > 0) {
                    s.append('-');
                }
                s.append(UPPER.charAt(RANDOM.nextInt(UPPER.length())));
                s.append(LOWER.charAt(RANDOM.nextInt(LOWER.length())));
                s.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
                s.append(all.charAt(RANDOM.nextInt(all.length())));
            }
            String password = s.toString();
            if (PasswordPolicy.problemsOfNewPassword(password, username).isEmpty()) {
                return password;
            }
        }
    }
}
