package cn.gongkai.server.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) on the page the browser shows. axe comes from its WebJar (test
 * scope) and is injected by the driver, so the page keeps its strict CSP.
 */
final class Axe {

    private static String script;

    private Axe() {
    }

    private static synchronized String script() {
        if (script == null) {
            try (InputStream in = Axe.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }

    /** The violations on the current page, one a line (rule, count, first two elements); blank when none. */
    static String violations(ChromeDriver browser) {
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        browser.executeScript(script());
        Object result = browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(function (r) { done(r.violations.map(function (v) {
                      return v.id + ' ×' + v.nodes.length + ' ' + v.nodes.slice(0, 2).map(function (n) {
                          return n.target.join(' '); }).join(' | '); }).join('\\n')); })
                  .catch(function (e) { done('axe failed: ' + e); });""");
        return String.valueOf(result);
    }
}
