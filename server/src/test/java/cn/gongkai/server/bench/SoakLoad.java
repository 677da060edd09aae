package cn.gongkai.server.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The client of {@code scripts/soak}: against a server on loopback, 64 public visitors (portal and guide pages,
 * search, a pasted report to check) and 20 staff writing (item drafts, registered requests) for the
 * given seconds, then stops. Prints requests, errors by kind, and the heap (used, and live data after the
 * last collection) from the actuator on the loopback management port after warm-up and at the end.
 */
public final class SoakLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String[] ORGANS = {"puwei", "gaoping", "baipo", "xiaopu", "binggu", "miyi-education", "miyi-justice"};
    private static final String REPORT = "米易县普威镇人民政府2025年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开信息120条。\n";

    private final String base;
    private final String management;
    private final long endAt;
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

    private SoakLoad(String base, String management, long seconds, String serverPid) {
        this.base = base;
        this.management = management;
        this.serverPid = serverPid;
        this.endAt = System.nanoTime() + seconds * 1_000_000_000L;
    }

    public static void main(String[] args) throws Exception {
        long seconds = Long.parseLong(args[2]);
        SoakLoad soak = new SoakLoad(args[0], args[1], seconds, args.length > 3 ? args[3] : null);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            int n = i;
            threads.add(Thread.ofPlatform().start(() -> soak.visitor(n)));
        }
        for (int i = 0; i < 20; i++) {
            int n = i;
            threads.add(Thread.ofPlatform().start(() -> soak.staff(n)));
        }
        long warmUp = Math.min(120, seconds / 5);
        Thread.sleep(warmUp * 1000);
        String heapAfterWarmUp = soak.heap();
        Map<String, Long> liveAfterWarmUp = soak.lastHistogram;
        long requestsAtWarmUp = soak.requests.get();
        // the heap every two minutes after the warm-up: a leak shows as a live set that keeps rising, a cache
        // filling to its bound as one that levels off
        for (long at = warmUp + 120; at < seconds; at += 120) {
            Thread.sleep(120_000);
            System.out.printf("  at %d s: %d requests, heap %s%n", at, soak.requests.get(), soak.heap());
        }
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(seconds + 60));
        }
        System.out.printf("soak: %d s, 64 public visitors + 20 staff; %d requests (%.0f/s after warm-up); errors: %s%n", seconds,
                soak.requests.get(), (soak.requests.get() - requestsAtWarmUp) / (double) (seconds - warmUp),
                soak.errors.isEmpty() ? "0" : soak.errors);
        System.out.println("heap after " + warmUp + " s warm-up: " + heapAfterWarmUp);
        System.out.println("heap at the end:           " + soak.heap());
        if (!liveAfterWarmUp.isEmpty() && !soak.lastHistogram.isEmpty()) {
            // what the live set gained after the warm-up, by class: a leak names its class here
            System.out.println("live objects grown most since the warm-up (MB, class):");
            soak.lastHistogram.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - liveAfterWarmUp.getOrDefault(e.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                    .forEach(e -> System.out.printf("  %+.1f  %s%n", e.getValue() / 1024.0 / 1024, e.getKey()));
        }
    }

    private boolean running() {
        return System.nanoTime() < endAt;
    }

    private void visitor(int n) {
        HttpClient http = client();
        String organ = ORGANS[n % ORGANS.length];
        int i = 0;
        while (running()) {
            switch (i++ % 4) {
                case 0 -> send(http, "portal", get("/portal/" + organ));
                case 1 -> send(http, "search", get("/search?q=" + enc(i % 2 == 0 ? "工作方案" : "公开")));
                case 2 -> send(http, "portal-guide", get("/portal/" + organ + "/guide"));
                default -> {
                    String page = send(http, "check-form", get("/check"));
                    if (page != null) {
                        send(http, "check", form("/check", Map.of("_csrf", csrf(page), "text", REPORT)));
                    }
                }
            }
            pause(50);
        }
    }

    private void staff(int n) {
        HttpClient http = client();
        String organ = ORGANS[n % ORGANS.length];
        String login = send(http, "login-form", get("/login"));
        if (login == null) {
            return;
        }
        send(http, "login", form("/login", Map.of("_csrf", csrf(login), "username", organ + ".drafter", "password",
                "Gongkai-Demo-2026")));
        int i = 0;
        while (running()) {
            String newItem = send(http, "item-form", get("/workspace/items/new"));
            if (newItem != null) {
                send(http, "item", form("/workspace/items", Map.of("_csrf", csrf(newItem), "title", "浸泡测试" + n + "-" + i,
                        "kind", "NOTICE", "body", "<p>浸泡测试</p>")));
            }
            String newRequest = send(http, "request-form", get("/workspace/requests/new"));
            if (newRequest != null) {
                Map<String, String> f = new LinkedHashMap<>();
                f.put("_csrf", csrf(newRequest));
                f.put("channel", "COUNTER");
                f.put("receivedOn", LocalDate.now().toString());
                f.put("applicantType", "NATURAL_PERSON");
                f.put("applicantName", "浸泡测试" + n + "-" + i);
                f.put("idNumber", "510421198506150023");
                f.put("contact", "13900001111");
                f.put("description", "浸泡测试");
                f.put("formWanted", "PAPER");
                f.put("delivery", "POST");
                send(http, "request", form("/workspace/requests", f));
            }
            i++;
            pause(200);
        }
    }

    /** The body of a success (2xx, or a redirect that is not to the login or an error), or null after counting an error. */
    private String send(HttpClient http, String kind, HttpRequest request) {
        requests.incrementAndGet();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            String location = r.headers().firstValue("Location").orElse("");
            boolean ok = r.statusCode() < 300 || (r.statusCode() < 400 && !location.contains("/login") && !location.contains("error"));
            if (!ok || r.body().contains("class=\"alert\"")) {
                errors.computeIfAbsent(kind + " " + r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                return null;
            }
            return r.body();
        } catch (Exception e) {
            errors.computeIfAbsent(kind + " " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
            return null;
        }
    }

    private String heap() {
        String used = metric("jvm.memory.used?tag=area:heap");
        return "used " + used + " MB, live data after GC " + metric("jvm.gc.live.data.size") + " MB"
                + (serverPid == null ? "" : ", live objects after a full GC " + afterFullGc() + " MB");
    }

    /**
     * The live set itself: jcmd's class histogram of live objects makes the server's JVM do a full collection and
     * counts what survived (its "Total" line), so allocation between the collection and a later reading does not count.
     */
    private String afterFullGc() {
        try {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process p = new ProcessBuilder(jcmd.toString(), serverPid, "GC.class_histogram").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "?";
            }
            Map<String, Long> byClass = new java.util.HashMap<>();
            Matcher row = Pattern.compile("(?m)^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)").matcher(out);
            while (row.find()) {
                byClass.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
            }
            lastHistogram = byClass;
            Matcher total = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(out);
            return total.find() ? String.format("%.0f", Long.parseLong(total.group(1)) / 1024.0 / 1024) : "?";
        } catch (Exception e) {
            return "?";
        }
    }

    private final String serverPid;
    private volatile Map<String, Long> lastHistogram = Map.of();

    private String metric(String name) {
        try {
            String json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(management + "/actuator/metrics/" + name))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("\"value\":([0-9.E+-]+)").matcher(json);
            return m.find() ? String.format("%.0f", Double.parseDouble(m.group(1)) / 1024 / 1024) : "?";
        } catch (Exception e) {
            return "?";
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build();
    }

    private HttpRequest form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        return m.find() ? m.group(1) : "";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
