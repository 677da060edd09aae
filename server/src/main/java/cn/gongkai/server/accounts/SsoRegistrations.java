package cn.gongkai.server.accounts;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one provider, 统一身份认证, read from its discovery document ({@code issuer-uri}/.well-known/openid-configuration)
 * the first time someone signs in with it, not at start: when the province's provider is unreachable the platform
 * still starts, password sign-ins still work, and the next SSO sign-in tries again.
 */
final class SsoRegistrations implements ClientRegistrationRepository {

    static final String ID = "sso";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SsoRegistrations.class);

    private final String issuerUri;
    private final String clientId;
    private final String clientSecret;
    private final List<String> scopes;
    private volatile @Nullable ClientRegistration registration;

    SsoRegistrations(String issuerUri, String clientId, String clientSecret, List<String> scopes) {
        if (issuerUri.isEmpty() || clientId.isEmpty()) {
            throw new IllegalStateException("启用统一身份认证（gongkai.sso.enabled=true）须设置 gongkai.sso.issuer-uri 和 gongkai.sso.client-id");
        }
        this.issuerUri = issuerUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.scopes = scopes.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    String issuerUri() {
        return issuerUri;
    }

    /** Whether the provider's discovery document has been read, reading it now if not; false while unreachable. */
    boolean available() {
        try {
            findByRegistrationId(ID);
            return true;
        } catch (RuntimeException unreachable) {
            // the address and the kind of failure; the document holds no secret, and neither does this
            log.warn("读取统一身份认证平台的发现文档失败（{}）：{}", issuerUri, unreachable.toString());
            return false;
        }
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                known = registration;
                if (known == null) {
                    // the endpoints, signing keys' address and authentication methods come from the provider itself;
                    // the name Spring gives the provider's user stays "sub" (the account is matched by SsoUserService)
                    known = ClientRegistrations.fromOidcIssuerLocation(issuerUri).registrationId(ID)
                            .clientId(clientId).clientSecret(clientSecret).scope(scopes)
                            .clientName("统一身份认证").build();
                    registration = known;
                }
            }
        }
        return known;
    }
}
