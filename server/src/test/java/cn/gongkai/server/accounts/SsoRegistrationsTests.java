package cn.gongkai.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The provider's discovery document is read at the first SSO sign-in, not at start (issue 16): an unreachable
 * 统一身份认证 keeps neither the platform nor its password sign-in from starting, and a later try succeeds.
 */
class SsoRegistrationsTests {

    @Test
    void anUnreachableProviderIsReportedAndReadOnceItAnswers() {
        SsoProvider gone = new SsoProvider();
        String issuer = gone.issuer();
        gone.stop();
        SsoRegistrations unreachable = new SsoRegistrations(issuer, "gongkai-county", "secret", List.of("openid"));
        assertThat(unreachable.available()).isFalse();

        SsoProvider live = new SsoProvider();
        try {
            SsoRegistrations registrations = new SsoRegistrations(live.issuer(), "gongkai-county", "secret",
                    List.of("openid", " profile "));
            assertThat(registrations.available()).isTrue();
            var registration = registrations.findByRegistrationId("sso");
            assertThat(registration.getProviderDetails().getAuthorizationUri()).startsWith(live.issuer());
            assertThat(registration.getProviderDetails().getConfigurationMetadata()).containsKey("end_session_endpoint");
            assertThat(registration.getScopes()).containsExactlyInAnyOrder("openid", "profile");
            assertThat(registrations.findByRegistrationId("other")).isNull();
        } finally {
            live.stop();
        }
    }
}
