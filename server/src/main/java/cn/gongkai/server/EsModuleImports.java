package cn.gongkai.server;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * The 正文 editor's ES modules come straight from their npm WebJars, and each names the others by package
 * ({@code from 'prosemirror-model'}). A browser resolves such a bare name only through an import map, which
 * is an inline script the CSP refuses. So the modules are served with every bare name of a WebJar on the
 * classpath rewritten to that WebJar's module file ({@code package.json}'s "module"), at the version on
 * the classpath (the one the pom pins): {@code /webjars/prosemirror-model/1.25.4/dist/index.js}. Names of no
 * WebJar stay as they are.
 */
final class EsModuleImports implements ResourceTransformer {

    /** {@code from 'x'}, {@code import 'x'} (a bare name: no path, no URL). */
    private static final Pattern IMPORT = Pattern.compile("(\\bfrom\\s*|\\bimport\\s*)(['\"])([a-z0-9][a-z0-9._-]*)\\2");
    private static final Pattern MODULE_FIELD = Pattern.compile("\"module\"\\s*:\\s*\"([^\"]+)\"");

    /** Package name to its module file under /webjars/, e.g. {@code prosemirror-model/1.25.4/dist/index.js}. */
    private final Map<String, String> modules;

    EsModuleImports(Map<String, String> modules) {
        this.modules = Map.copyOf(modules);
    }

    /** The WebJar of a package.json: {@code .../META-INF/resources/webjars/NAME/VERSION/package.json}. */
    private static final Pattern WEBJAR = Pattern.compile("/META-INF/resources/webjars/([^/]+)/([^/]+)/package\\.json$");

    /**
     * The npm WebJars on the classpath whose package.json names an ES module. Found by their package.json,
     * whose folders the jars list (they list no folder above their pom.properties, so a pattern there finds
     * nothing in a jar).
     */
    static EsModuleImports fromClasspath() {
        var resolver = new PathMatchingResourcePatternResolver(EsModuleImports.class.getClassLoader());
        Map<String, String> found = new TreeMap<>();
        try {
            for (Resource packageJson : resolver.getResources("classpath*:META-INF/resources/webjars/*/*/package.json")) {
                Matcher at = WEBJAR.matcher(packageJson.getURL().toString());
                if (!at.find()) {
                    continue;
                }
                String json;
                try (InputStream in = packageJson.getInputStream()) {
                    json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                Matcher m = MODULE_FIELD.matcher(json);
                if (m.find()) {
                    found.put(at.group(1), at.group(1) + "/" + at.group(2) + "/" + m.group(1).replaceFirst("^\\./", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EsModuleImports(found);
    }

    Map<String, String> modules() {
        return modules;
    }

    /** The module's source with each bare WebJar name replaced by its address below {@code prefix}. */
    String rewrite(String source, String prefix) {
        Matcher m = IMPORT.matcher(source);
        StringBuilder out = new StringBuilder(source.length() + 256);
        while (m.find()) {
            String file = modules.get(m.group(3));
            String replacement = file == null ? m.group()
                    : m.group(1) + m.group(2) + prefix + "/webjars/" + file + m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
            throws IOException {
        Resource r = chain.transform(request, resource);
        String name = r.getFilename();
        if (name == null || !name.endsWith(".js")) {
            return r;
        }
        String source;
        try (InputStream in = r.getInputStream()) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String rewritten = rewrite(source, request.getContextPath());
        return rewritten.equals(source) ? r : new TransformedResource(r, rewritten.getBytes(StandardCharsets.UTF_8));
    }
}
