/** Small helpers more than one feature needs; kept tiny. */
@NullMarked
package cn.gongkai.server.shared;

import org.jspecify.annotations.NullMarked;
