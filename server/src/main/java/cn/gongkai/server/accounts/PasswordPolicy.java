package cn.gongkai.server.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 密码策略: at least 12 characters, at least three of upper case, lower case, digits and other
 * characters, and not containing the user name. Returns what is wrong, in Chinese.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

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
}
