/**
 * 机关: the organs of a county in a tree (the county government, its departments, its townships
 * and subdistricts), and who may see which organ's work.
 */
@NullMarked
package cn.gongkai.server.organs;

import org.jspecify.annotations.NullMarked;
