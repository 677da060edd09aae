package cn.gongkai.server.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The provider vouched for a person whom this platform refuses: no account of that name (accounts are created
 * here by the security administrator, never by a sign-in), a disabled account, or a name whose sign-in is locked.
 * An OAuth2 exception, so Spring Security sends it to the failure handler of {@link SsoLogin} and publishes no
 * failure event (the ledger entry is written there, with the reason in Chinese).
 */
final class SsoRefusal extends OAuth2AuthenticationException {

    private static final long serialVersionUID = 1L;

    enum Reason {
        UNKNOWN("统一身份认证：本平台没有此账号"), DISABLED("统一身份认证：账号已停用"), LOCKED("统一身份认证：账号登录已锁定");

        final String text;

        Reason(String text) {
            this.text = text;
        }
    }

    private final Reason reason;
    private final @Nullable String claimed;

    SsoRefusal(Reason reason, @Nullable String claimed) {
        super(new OAuth2Error("gongkai_account_" + reason.name().toLowerCase(java.util.Locale.ROOT)), reason.text);
        this.reason = reason;
        this.claimed = claimed;
    }

    Reason reason() {
        return reason;
    }

    /** The account name the provider gave, if any. */
    @Nullable String claimed() {
        return claimed;
    }
}
