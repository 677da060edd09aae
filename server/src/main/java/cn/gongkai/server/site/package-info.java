/**
 * The county's site around the organs' columns: the 政府信息公开 home (organ directory, newest items, the
 * county's annual reports), the site map page, robots.txt and sitemap.xml.
 */
@NullMarked
package cn.gongkai.server.site;

import org.jspecify.annotations.NullMarked;
