@NullMarked
package cn.gongkai.server;

import org.jspecify.annotations.NullMarked;
