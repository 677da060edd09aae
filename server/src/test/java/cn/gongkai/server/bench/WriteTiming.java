package cn.gongkai.server.bench;

import cn.gongkai.server.FormAnswers;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gongkai.server.GongkaiApplication;
import cn.gongkai.server.persistence.PostgresDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code scripts/bench writes [h2|postgres] [ROUNDS]}: 20 sessions at once, each doing ROUNDS rounds of
 * mixed writes through the whole web stack (security, CSRF, controllers, services, database): a staff
 * item draft, a staff-registered request, a public request, a public complaint and an inspection finding.
 * Reports writes/s, p50/p99 latency and errors; the reference, measured in the same run on the same
 * database, is raw JDBC: 20 threads each inserting single-row transactions into a scratch table.
 */
public final class WriteTiming {

    private static final int SESSIONS = 20;
    private static final String[] ORGANS = {"puwei", "gaoping", "baipo", "xiaopu", "binggu", "miyi-education", "miyi-justice"};

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Exception | Error e) {
            // the sessions' pool threads and the embedded database would keep the JVM alive after a failure
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        boolean postgres = args.length > 0 && args[0].equals("postgres");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("write-bench");
        String url = postgres ? PostgresDatabase.jdbcUrl()
                : "jdbc:h2:file:" + dir.resolve("db") + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GongkaiApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + (postgres ? "postgres" : "gongkai"),
                "--spring.datasource.password=" + (postgres ? "postgres" : ""), "--server.port=0",
                "--management.server.port=0", "--gongkai.search.directory=memory", "--gongkai.files.root=" + dir.resolve("files"),
                "--gongkai.ledger.directory=" + dir.resolve("ledger"), "--gongkai.forms.accepted-per-address=1000000", "--gongkai.forms.accepted-per-network=1000000",
                "--gongkai.forms.accepted-per-organ=1000000", "--gongkai.forms.min-fill-time=0s",
                "--gongkai.forms.challenge-key=" + FormAnswers.TEST_KEY,
                // one supervisor account signed in from all 20 sessions: above the default cap an older session ends
                "--gongkai.sessions.max-per-account=100",
                "--logging.level.root=warn")) {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
                    .apply(SecurityMockMvcConfigurers.springSecurity()).build();
            System.out.printf("database: %s, %d sessions x %d rounds x 5 writes%n", postgres ? "PostgreSQL" : "H2 (file)",
                    SESSIONS, rounds);
            for (int run = 1; run <= 2; run++) {
                reference(app.getBean(DataSource.class), rounds * 5, run);
                writes(mvc, rounds, run);
            }
        }
    }

    private static void writes(MockMvc mvc, int rounds, int run) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
        CyclicBarrier start = new CyclicBarrier(SESSIONS + 1);
        List<Future<?>> done = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            int session = s;
            done.add(pool.submit(() -> {
                String organ = ORGANS[session % ORGANS.length];
                MockHttpSession drafter;
                MockHttpSession supervisor;
                try {
                    drafter = login(mvc, organ + ".drafter");
                    supervisor = login(mvc, "county.supervisor");
                } finally {
                    start.await(); // even when a login failed: the others must not wait for this session forever
                }
                String today = LocalDate.now().toString();
                for (int i = 0; i < rounds; i++) {
                    String m = run + "-" + session + "-" + i;
                    timed(mvc, latencies, errors, post("/workspace/items").session(drafter).with(csrf()).param("title", "压测" + m)
                            .param("kind", "NOTICE").param("body", "<p>压测</p>"));
                    timed(mvc, latencies, errors, post("/workspace/requests").session(drafter).with(csrf())
                            .param("channel", "COUNTER").param("receivedOn", today).param("applicantType", "NATURAL_PERSON")
                            .param("applicantName", "压测" + m).param("idNumber", "510421198506150023")
                            .param("contact", "13900001111").param("description", "压测").param("formWanted", "PAPER")
                            .param("delivery", "POST"));
                    MockHttpSession visitor = new MockHttpSession();
                    FormAnswers.keep(mvc, get("/apply/" + organ).session(visitor));
                    timed(mvc, latencies, errors, post("/apply/" + organ).session(visitor).with(csrf())
                            .param("applicantType", "NATURAL_PERSON").param("applicantName", "公众" + m)
                            .param("idNumber", "510421198506150023").param("contact", "13900002222").param("description", "压测")
                            .param("formWanted", "EMAIL").param("delivery", "EMAIL")
                            .with(FormAnswers.of(visitor)));
                    FormAnswers.keep(mvc, get("/feedback/" + organ).session(visitor));
                    timed(mvc, latencies, errors, post("/feedback/" + organ).session(visitor).with(csrf())
                            .param("kind", "COMPLAINT").param("content", "压测" + m)
                            .with(FormAnswers.of(visitor)));
                    timed(mvc, latencies, errors, post("/workspace/inspections").session(supervisor).with(csrf())
                            .param("organ", organ).param("category", "BROKEN_LINK").param("description", "压测" + m));
                }
                return null;
            }));
        }
        start.await();
        long t0 = System.nanoTime();
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        List<Long> sorted = latencies.stream().sorted().toList();
        System.out.printf("run %d: web writes: %d in %.1f s = %.0f writes/s, p50 %.0f ms, p99 %.0f ms, errors %d%n", run,
                sorted.size(), seconds, sorted.size() / seconds, pct(sorted, 0.50), pct(sorted, 0.99), errors.get());
        if (!ERROR_KINDS.isEmpty()) {
            System.out.println("  errors by kind: " + ERROR_KINDS);
            ERROR_KINDS.clear();
        }
    }

    /** Raw JDBC, same database, same concurrency: single-row insert transactions into a scratch table. */
    private static void reference(DataSource ds, int perThread, int run) throws Exception {
        try (var c = ds.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_scratch (thread_no INTEGER, seq INTEGER, payload VARCHAR(200))");
        }
        ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> done = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < SESSIONS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    long s = System.nanoTime();
                    try (var c = ds.getConnection();
                            var p = c.prepareStatement("INSERT INTO bench_scratch VALUES (?, ?, ?)")) {
                        c.setAutoCommit(false);
                        p.setInt(1, thread);
                        p.setInt(2, i);
                        p.setString(3, "参考写入" + run);
                        p.executeUpdate();
                        c.commit();
                    }
                    latencies.add(System.nanoTime() - s);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        List<Long> sorted = latencies.stream().sorted().toList();
        System.out.printf("run %d: reference, raw JDBC inserts: %d in %.1f s = %.0f inserts/s, p50 %.1f ms, p99 %.1f ms%n", run,
                sorted.size(), seconds, sorted.size() / seconds, pct(sorted, 0.50), pct(sorted, 0.99));
    }

    private static void timed(MockMvc mvc, List<Long> latencies, AtomicInteger errors, RequestBuilder request) {
        long s = System.nanoTime();
        try {
            MvcResult r = mvc.perform(request).andReturn();
            String body = r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            // no flash map: a filter answered before the dispatcher (a limit, a refusal): its status and target say which
            Object problem = r.getFlashMap() == null ? "filter " + r.getResponse().getStatus() + " " + r.getResponse().getRedirectedUrl()
                    : r.getFlashMap().get("problem");
            if (r.getResponse().getStatus() >= 400 || problem != null || body.contains("class=\"alert\"")) {
                errors.incrementAndGet();
                // by path (without the organ) and answer, so a failing kind of write is named, not only counted
                String path = r.getRequest().getRequestURI().replaceAll("^(/[^/]+(/[^/]+)?).*", "$1");
                String what = problem != null ? "problem " + problem
                        : body.contains("class=\"alert\"") ? "alert " + alert(body) : "status " + r.getResponse().getStatus();
                ERROR_KINDS.computeIfAbsent(path + " " + what, k -> new AtomicInteger()).incrementAndGet();
            }
        } catch (Exception e) {
            errors.incrementAndGet();
            if (ERROR_KINDS.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet() == 1) {
                e.printStackTrace(System.out);
            }
        }
        latencies.add(System.nanoTime() - s);
    }

    private static final java.util.Map<String, AtomicInteger> ERROR_KINDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String alert(String body) {
        int at = body.indexOf("class=\"alert\"");
        String rest = body.substring(at, Math.min(body.length(), at + 300)).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
        return rest.substring(Math.min(rest.length(), 14)).strip();
    }

    private static MockHttpSession login(MockMvc mvc, String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(user).password("Gongkai-Demo-2026")).andReturn().getRequest()
                .getSession();
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }
}
