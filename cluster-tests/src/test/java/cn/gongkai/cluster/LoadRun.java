package cn.gongkai.cluster;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Mixed load through the balancer: {@link #READERS} visitors read public pages, one staff member writes
 * drafts, for a given time; at a given moment an action (the kill) runs. Every request's start and end
 * are kept for the failed ones; a write counts as acknowledged when its redirect to the new draft arrived.
 */
final class LoadRun {

    static final int READERS = 3;
    static final int THREADS = READERS + 1;
    static final List<String> PUBLIC_PAGES = List.of("/portal/puwei", "/", "/search?q=%E9%80%9A%E7%9F%A5", "/portal/gaoping");

    record Failure(String what, long startedNanos, long endedNanos, String why) {
    }

    private final String base;
    private final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    private final List<Failure> failures = new CopyOnWriteArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong killStartedAt = new AtomicLong(Long.MAX_VALUE);
    private Browser staff;

    LoadRun(String base) {
        this.base = base;
    }

    void runFor(long millis, long actAfterMillis, Action action) throws Exception {
        staff = Browser.withCookies().signIn(base, "baipo.drafter");
        long start = System.nanoTime();
        long end = start + millis * 1_000_000;
        CountDownLatch done = new CountDownLatch(THREADS);
        for (int r = 0; r < READERS; r++) {
            int offset = r;
            Thread.ofPlatform().start(() -> {
                Browser visitor = Browser.anonymous();
                try {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        String path = PUBLIC_PAGES.get(i % PUBLIC_PAGES.size());
                        long t0 = System.nanoTime();
                        try {
                            int status = visitor.get(base + path).statusCode();
                            if (status == 200) {
                                reads.incrementAndGet();
                            } else {
                                failures.add(new Failure("GET " + path, t0, System.nanoTime(), "HTTP " + status));
                            }
                        } catch (Exception e) {
                            failures.add(new Failure("GET " + path, t0, System.nanoTime(), e.toString()));
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        Thread.ofPlatform().start(() -> {
            try {
                for (int n = 1; System.nanoTime() < end; n++) {
                    String title = "白坡彝族乡负载草稿" + n;
                    long t0 = System.nanoTime();
                    try {
                        acknowledged.put(staff.createDraft(base, title), title);
                    } catch (Exception e) {
                        failures.add(new Failure("POST draft " + n, t0, System.nanoTime(), e.toString()));
                    }
                }
            } finally {
                done.countDown();
            }
        });
        Thread.sleep(actAfterMillis);
        // The kill is a window, not a moment: a request can fail between the signal and waitFor's return, so
        // "in flight" means begun before the process was dead and ended after the signal was sent.
        killStartedAt.set(System.nanoTime());
        action.run();
        killedAt.set(System.nanoTime()); // the moment it was dead
        done.await();
    }

    interface Action {
        void run() throws Exception;
    }

    Map<Long, String> acknowledged() {
        return acknowledged;
    }

    List<Failure> failures() {
        return failures;
    }

    int reads() {
        return reads.get();
    }

    long killedAtNanos() {
        return killedAt.get();
    }

    /** When the kill signal was about to be sent. */
    long killStartedAtNanos() {
        return killStartedAt.get();
    }

    Browser staff() {
        return staff;
    }
}
