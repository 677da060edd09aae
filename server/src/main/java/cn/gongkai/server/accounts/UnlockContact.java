package cn.gongkai.server.accounts;

import cn.gongkai.server.organs.Organs;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who can unlock a locked sign-in, for the login page: only the security administrator can (issue 16: the
 * page used to send people to "本机关管理员", who cannot). {@code gongkai.accounts.unlock-contact} names him
 * with a telephone number; left empty, the security administrators' accounts are named with their organ.
 */
@Component
public class UnlockContact {

    private final Accounts accounts;
    private final Organs organs;
    private final String configured;

    UnlockContact(Accounts accounts, Organs organs, @Value("${gongkai.accounts.unlock-contact:}") String configured) {
        this.accounts = accounts;
        this.organs = organs;
        this.configured = configured.strip();
    }

    /** For example "米易县人民政府的安全管理员（账号 security.admin）". */
    public String text() {
        if (!configured.isEmpty()) {
            return configured;
        }
        String named = accounts.all().stream().filter(a -> a.enabled() && a.roles().contains(Role.SECURITY_ADMIN))
                .map(a -> organs.byId(a.organId()).map(o -> o.name()).orElse("") + "的安全管理员"
                        + (a.displayName().contains("安全管理员") ? "" : a.displayName()) + "（账号 " + a.username() + "）")
                .collect(Collectors.joining("或"));
        return named.isEmpty() ? "安全管理员" : named;
    }
}
