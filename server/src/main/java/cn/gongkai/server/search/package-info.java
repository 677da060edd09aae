/**
 * 全文检索 on the portal: keeps the search index in step with what is published (after each
 * publication, correction and withdrawal commits; rebuilt at start when it disagrees with the
 * database) and serves the public search page.
 */
@NullMarked
package cn.gongkai.server.search;

import org.jspecify.annotations.NullMarked;
