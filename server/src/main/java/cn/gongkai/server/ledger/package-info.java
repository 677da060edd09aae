/**
 * 台账: the append-only record of every action (who, when, what, before and after), chained by
 * hash. Other modules record through {@link cn.gongkai.server.ledger.Ledger}; this module also
 * listens to logins.
 */
@NullMarked
package cn.gongkai.server.ledger;

import org.jspecify.annotations.NullMarked;
