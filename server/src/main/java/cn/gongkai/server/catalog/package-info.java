/**
 * 基层政务公开标准目录: the areas an organ covers, the entries (公开事项) of its catalog with the
 * columns township catalogs print, and its 未涉及领域说明. Shown on the portal's 法定主动公开内容.
 */
@NullMarked
package cn.gongkai.server.catalog;

import org.jspecify.annotations.NullMarked;
