package cn.gongkai.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void aStrongPasswordPasses() {
        assertThat(PasswordPolicy.problems("Gongkai-Demo-2026", "puwei.drafter")).isEmpty();
    }

    @Test
    void shortSimpleOrNameContainingPasswordsAreRefusedWithReasons() {
        assertThat(PasswordPolicy.problems("abc123", "x")).containsExactly("密码至少 12 位", "密码应包含大写字母、小写字母、数字、符号中的至少三类");
        assertThat(PasswordPolicy.problems("zhangsan-Password-1", "ZhangSan")).containsExactly("密码不能包含用户名");
        assertThat(PasswordPolicy.problems("alllowercaseletters", "x")).contains("密码应包含大写字母、小写字母、数字、符号中的至少三类");
    }
}
