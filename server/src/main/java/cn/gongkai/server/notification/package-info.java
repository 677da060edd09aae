/**
 * Notifications (issue 16): e-mail over SMTP (Spring's mail support) and an optional SMS gateway, to staff
 * when work arrives for them (the same people their 待办 shows it to) and as a daily digest of near
 * deadlines, and to applicants and complainants who gave an e-mail address when their case changes. Written
 * to an outbox at the end of the action's transaction, in a savepoint ({@link cn.gongkai.server.notification.AtCommit}),
 * delivered by a scheduled sender with retries; addresses are encrypted at rest and never logged.
 */
@NullMarked
package cn.gongkai.server.notification;

import org.jspecify.annotations.NullMarked;
