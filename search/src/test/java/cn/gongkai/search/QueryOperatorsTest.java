package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The limits on the costly operators of the simple query syntax, on the text itself (both backends search it). */
class QueryOperatorsTest {

    @Test
    void twentyFiveFuzzyTermsKeepThreeOperatorsAtDistanceOneAndSaySo() {
        String asked = "a~2 ".repeat(25).strip();

        QueryOperators limited = QueryOperators.limit(asked);

        // By hand: the first three keep their ~ (distance 2 capped to 1), the other 22 are the plain word a.
        assertThat(limited.text()).isEqualTo("a~1 a~1 a~1" + " a".repeat(22));
        assertThat(limited.notes()).containsExactly(
                "模糊检索（~）最多允许相差 1 个字符，已按 1 检索",
                "一次检索最多使用 3 个模糊（~）、邻近（\"…\"~N）或前缀（*）运算，其余 22 个已按普通词检索");
    }

    @Test
    void proximityIsCappedAndCountsAsAnOperator() {
        QueryOperators limited = QueryOperators.limit("\"信息 公开\"~50 a~1 b~1 c~1");

        assertThat(limited.text()).isEqualTo("\"信息 公开\"~5 a~1 b~1 c");
        assertThat(limited.notes()).contains("邻近检索（\"…\"~N）的间隔最多为 5，已按 5 检索");
    }

    @Test
    void leadingAndShortWildcardsAreRefused() {
        assertThat(QueryOperators.limit("*公开").text()).isEqualTo("公开");
        assertThat(QueryOperators.limit("?公开").notes()).containsExactly("不支持以 * 或 ? 开头的通配检索，已去掉该符号");
        assertThat(QueryOperators.limit("公*").text()).isEqualTo("公");
        assertThat(QueryOperators.limit("公*").notes()).containsExactly("前缀检索（*）前至少要有 2 个字，已按普通词检索");
        // A prefix of two characters is allowed; a ? inside a word is no operator and only separates it.
        assertThat(QueryOperators.limit("公开*").text()).isEqualTo("公开*");
        assertThat(QueryOperators.limit("公开*").notes()).isEmpty();
        assertThat(QueryOperators.limit("信?息").text()).isEqualTo("信 息");
    }

    @Test
    void ordinaryQueriesAreUnchanged() {
        for (String q : new String[] {"信息公开 年度报告", "\"森林防火\" -演练", "(防汛 | 抗旱) +通知", "政府 ~ 公开"}) {
            QueryOperators limited = QueryOperators.limit(q);
            assertThat(limited.notes()).as(q).isEmpty();
        }
        assertThat(QueryOperators.limit("信息公开 年度报告").text()).isEqualTo("信息公开 年度报告");
    }
}
