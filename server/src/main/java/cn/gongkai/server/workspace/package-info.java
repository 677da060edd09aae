/** 工作台: the signed-in staff's home, and organ pages shown only to those allowed to see them. */
@NullMarked
package cn.gongkai.server.workspace;

import org.jspecify.annotations.NullMarked;
