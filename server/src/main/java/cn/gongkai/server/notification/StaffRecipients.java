package cn.gongkai.server.notification;

import cn.gongkai.server.accounts.Account;
import cn.gongkai.server.accounts.Accounts;
import cn.gongkai.server.accounts.Role;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Tells staff by the addresses they gave (e-mail, and SMS when the gateway is set). */
@Component
class StaffRecipients {

    private final Accounts accounts;
    private final StaffContacts contacts;
    private final Outbox outbox;

    StaffRecipients(Accounts accounts, StaffContacts contacts, Outbox outbox) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.outbox = outbox;
    }

    /** Everyone of the organ holding one of {@code roles}, enabled, except {@code actor} (who did it). */
    void tellOrgan(long organId, Set<Role> roles, String actor, String subject, String body) {
        accounts.ofOrgan(organId).stream().filter(a -> a.enabled() && !a.username().equals(actor))
                .filter(a -> a.roles().stream().anyMatch(roles::contains)).forEach(a -> tell(a, subject, body));
    }

    /** The county supervisors (政务公开办), of whatever organ. */
    void tellSupervisors(String actor, String subject, String body) {
        accounts.all().stream().filter(a -> a.enabled() && !a.username().equals(actor) && a.roles().contains(Role.COUNTY_SUPERVISOR))
                .forEach(a -> tell(a, subject, body));
    }

    void tell(String username, String subject, String body) {
        accounts.byUsername(username).filter(Account::enabled).ifPresent(a -> tell(a, subject, body));
    }

    void tell(Account account, String subject, String body) {
        StaffContacts.Contact c = contacts.of(account.id());
        if (c.email() != null) {
            outbox.add(Outbox.Channel.EMAIL, c.email(), subject, body, null);
        }
        if (c.phone() != null) {
            outbox.add(Outbox.Channel.SMS, c.phone(), null, "【政务公开】" + subject, null);
        }
    }
}
