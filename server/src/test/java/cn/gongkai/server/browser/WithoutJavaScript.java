package cn.gongkai.server.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The test class's browser runs no page script: the pages as a visitor without JavaScript meets them. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface WithoutJavaScript {
}
