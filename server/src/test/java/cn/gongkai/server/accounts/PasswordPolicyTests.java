package cn.gongkai.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void aStrongPasswordPasses() {
        assertThat(PasswordPolicy.problemsOfNewPassword("Lanhua-Qiao-2027!", "puwei.drafter")).isEmpty();
    }

    @Test
    void shortSimpleOrNameContainingPasswordsAreRefusedWithReasons() {
        assertThat(PasswordPolicy.problems("abc123", "x")).containsExactly("密码至少 12 位", "密码应包含大写字母、小写字母、数字、符号中的至少三类");
        assertThat(PasswordPolicy.problems("zhangsan-Password-1", "ZhangSan")).containsExactly("密码不能包含用户名");
        assertThat(PasswordPolicy.problems("alllowercaseletters", "x")).contains("密码应包含大写字母、小写字母、数字、符号中的至少三类");
    }

    @Test
    void theDemoPasswordIsRefusedAsANewPassword() {
        // It passes every other rule (17 characters, four classes), and it is printed in the README.
        assertThat(PasswordPolicy.problemsOfNewPassword("Gongkai-Demo-2026", "puwei.drafter"))
                .containsExactly("不能使用公开的演示密码，请另设一个");
        assertThat(PasswordPolicy.problems("Gongkai-Demo-2026", "puwei.drafter")).as("strong enough for the demo accounts").isEmpty();
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        // "password1234" is on line 103 of resources/passwords/common-passwords.txt (read by hand),
        // "qwertyuiop123" on line 118; both pass the length and three-class rules.
        assertThat(PasswordPolicy.problemsOfNewPassword("Password1234", "x")).containsExactly("这是常见密码，很容易被猜中，请另设一个");
        assertThat(PasswordPolicy.problemsOfNewPassword("Qwertyuiop123", "x")).containsExactly("这是常见密码，很容易被猜中，请另设一个");
    }
}
