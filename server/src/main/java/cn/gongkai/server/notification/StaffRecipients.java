package cn.gongkai.server.notification;

import cn.gongkai.server.accounts.Account;
import cn.gongkai.server.accounts.AccountAdministration;
import cn.gongkai.server.accounts.Accounts;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The staff work can arrive for, and telling them by the addresses they gave (e-mail, and SMS when the
 * gateway is set). Who among them can act on a piece of work is the caller's rule, the same one the
 * workspace's 待办 applies.
 */
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

    /** The organ's enabled accounts with business roles (the three administrators do no organ's work). */
    List<StaffUser> ofOrgan(long organId) {
        return accounts.ofOrgan(organId).stream().filter(StaffRecipients::works).map(StaffRecipients::user).toList();
    }

    /** The county supervisors (政务公开办), of whatever organ. */
    List<StaffUser> supervisors() {
        return accounts.all().stream().filter(a -> works(a) && a.roles().contains(Role.COUNTY_SUPERVISOR))
                .map(StaffRecipients::user).toList();
    }

    List<StaffUser> named(String username) {
        return accounts.byUsername(username).filter(StaffRecipients::works).map(StaffRecipients::user).stream().toList();
    }

    /**
     * Tells each of {@code people} who may act ({@code mayAct}) and did not cause it ({@code actor}), once per
     * {@code caseKey} in the transaction.
     */
    void tell(List<StaffUser> people, Predicate<StaffUser> mayAct, String actor, String caseKey, Set<String> told,
            String subject, String body) {
        for (StaffUser u : people) {
            if (!u.username().equals(actor) && mayAct.test(u) && told.add(u.accountId() + " " + caseKey)) {
                StaffContacts.Contact c = contacts.of(u.accountId());
                if (c.email() != null) {
                    outbox.add(Outbox.Channel.EMAIL, c.email(), subject, body + Mails.STAFF_FOOTER, null);
                }
                if (c.phone() != null) {
                    outbox.add(Outbox.Channel.SMS, c.phone(), null, "【政务公开】" + subject, null);
                }
            }
        }
    }

    private static boolean works(Account a) {
        return a.enabled() && !a.roles().isEmpty() && AccountAdministration.GRANTABLE.containsAll(a.roles());
    }

    private static StaffUser user(Account a) {
        return new StaffUser(a.id(), a.username(), a.displayName(), a.organId(), a.roles(), "", true, false);
    }
}
