/**
 * 年报体检 on the web: upload report files or paste text, see the recovered tables with every
 * diagnostic marked on its cell, download the JSON. Adapts the report core; owns no rules.
 */
@NullMarked
package cn.gongkai.server.checker;

import org.jspecify.annotations.NullMarked;
