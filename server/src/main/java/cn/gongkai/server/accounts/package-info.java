/**
 * People and what they may do: accounts belong to one organ and hold roles in it; passwords are
 * hashed, repeated failures lock an account for a while, and the three administrators (三员:
 * system, security, audit) are separate roles that see no organ's content.
 */
@NullMarked
package cn.gongkai.server.accounts;

import org.jspecify.annotations.NullMarked;
