package cn.gongkai.server.notification;

import cn.gongkai.server.ledger.Action;
import java.util.Set;

/**
 * What follows from one recorded action: the notifications it writes to the outbox. Runs at the end of the
 * action's transaction, in a savepoint ({@link AtCommit}).
 *
 * <p>{@code told} holds a key per person and case already told in this transaction: one action may write
 * several ledger entries (a submission with a text-check override), and whoever holds two roles that make
 * the same work his is told once.
 */
interface Reaction {

    void react(Action action, Set<String> told);
}
