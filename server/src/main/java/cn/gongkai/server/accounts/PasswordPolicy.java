package cn.gongkai.server.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * 密码策略: at least 12 characters, at least three of upper case, lower case, digits and other
 * characters, not containing the user name, not the published demo password, and not one of the
 * 20,000 most common passwords of that length (SecLists, resources/passwords/). Returns what is wrong, in Chinese.
 * (The previous five passwords are refused by {@link AccountAdministration}, which has the hashes.)
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** README: every demo account's password; public, so never acceptable as a new password. */
    static final String DEMO_PASSWORD = "Gongkai-Demo-2026";
    private static final Set<String> COMMON = load("/passwords/common-passwords.txt");

    private PasswordPolicy() {
    }

    public static List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password.length() < MIN_LENGTH) {
            problems.add("密码至少 " + MIN_LENGTH + " 位");
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            problems.add("密码应包含大写字母、小写字母、数字、符号中的至少三类");
        }
        if (!username.isBlank() && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("密码不能包含用户名");
        }
        return problems;
    }

    /**
     * What is wrong with {@code password} as a new password: the strength rules of {@link #problems} and
     * neither the demo password nor a common one. (The demo accounts are created with the demo password, which
     * meets the strength rules; nobody may choose it.)
     */
    public static List<String> problemsOfNewPassword(String password, String username) {
        List<String> problems = problems(password, username);
        if (password.equalsIgnoreCase(DEMO_PASSWORD)) {
            problems.add("不能使用公开的演示密码，请另设一个");
        } else if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            problems.add("这是常见密码，很容易被猜中，请另设一个");
        }
        return problems;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.startsWith("#") && !l.isEmpty()).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
