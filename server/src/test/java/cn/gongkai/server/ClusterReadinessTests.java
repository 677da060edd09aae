package cn.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The cluster profile refuses parts that one instance keeps to itself, each with the variable that fixes it. */
class ClusterReadinessTests {

    @Test
    void theOneMachineDefaultsAreFiveProblems() {
        // H2, no search cluster, attachments on the local disk, no shared ledger key, no shared form key:
        // worked out by hand, five lines
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/gongkai");
        assertThat(ClusterReadiness.problems(env)).hasSize(5)
                .anySatisfy(p -> assertThat(p).contains("GONGKAI_LEDGER_KEY"))
                .anySatisfy(p -> assertThat(p).contains("GONGKAI_FORMS_CHALLENGE_KEY"))
                .anySatisfy(p -> assertThat(p).contains("PostgreSQL").contains("GONGKAI_DB_URL"))
                .anySatisfy(p -> assertThat(p).contains("GONGKAI_SEARCH_HOSTS"))
                .anySatisfy(p -> assertThat(p).contains("gongkai.files.store=s3"));
        assertThatThrownBy(() -> new ClusterReadiness().setEnvironment(env)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("多实例（cluster）配置不完整，拒绝启动").hasMessageContaining("docs/deployment.md");
    }

    @Test
    void sharedPartsPass() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/gongkai")
                .withProperty("gongkai.search.hosts", "search1:9200").withProperty("gongkai.files.store", "s3")
                .withProperty("gongkai.ledger.key", "a-key").withProperty("gongkai.forms.challenge-key", "another-key");
        assertThat(ClusterReadiness.problems(env)).isEmpty();
        new ClusterReadiness().setEnvironment(env); // starts
    }

    @Test
    void aLocalDirectoryPassesOnlyWhenTheOperatorSaysItIsShared() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/gongkai")
                .withProperty("gongkai.search.hosts", "search1:9200")
                .withProperty("gongkai.ledger.key", "a-key").withProperty("gongkai.forms.challenge-key", "another-key");
        assertThat(ClusterReadiness.problems(env)).singleElement().asString().contains("gongkai.files.shared-volume=true");
        env.setProperty("gongkai.files.shared-volume", "true");
        assertThat(ClusterReadiness.problems(env)).isEmpty();
    }
}
