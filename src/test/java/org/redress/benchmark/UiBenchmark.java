package org.redress.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redress.demo.DemoComplaints;
import org.redress.e2e.Portal;

/**
 * The portal under people rather than partner systems, in real headless Chromium.
 *
 * <p>Memory: {@code sessions} browser contexts sign in one after another and open the case list, each a Vaadin session
 * of its own that stays open on the server; heap in use after full collections, before and after, divided by the
 * number of sessions.
 *
 * <p>Load: {@code users} browser contexts (spread over {@code drivers} threads, each with its own Playwright and
 * Chromium) go round the case list, a case, a search and the dashboard for {@code seconds}, navigating inside the
 * application as a click on the menu does; every Vaadin request's server round trip (request sent to response
 * received, from the browser's own timing) is collected.
 *
 * <pre>
 * java -Xmx2g -cp target/test-classes:target/classes:&lt;test classpath&gt; org.redress.benchmark.UiBenchmark 200 30 2 60
 * </pre>
 */
public final class UiBenchmark {

    private static final AtomicBoolean measuring = new AtomicBoolean();
    private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\"\\s*:\\s*\"([A-Z0-9-]+)\"");

    private UiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int drivers = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 120;
        try (BenchmarkPortal portal = BenchmarkPortal.start()) {
            DemoComplaints generator = new DemoComplaints(5, LocalDate.now(), 100);
            portal.importCsv(portal.writeCsv(generator, 5_000, "U-"));
            portal.awaitSearchable(5_000);
            List<String> cases = caseNumbers(portal);
            memory(portal, sessions);
            load(portal, cases, users, drivers, seconds);
        }
    }

    private static void memory(BenchmarkPortal portal, int sessions) throws InterruptedException {
        long before = heapAfterGc();
        long start = System.nanoTime();
        try (Playwright playwright = org.redress.e2e.Browser.playwright();
             Browser browser = org.redress.e2e.Browser.launch(playwright)) {
            for (int i = 0; i < sessions; i++) {
                try (BrowserContext context = browser.newContext()) {
                    // A closing page tells the server to drop its UI; a tab left open (or a browser that crashed)
                    // does not, and that is the session this measures.
                    context.addInitScript("navigator.sendBeacon = () => true;");
                    Page page = context.newPage();
                    page.navigate(portal.baseUrl + "/login");
                    Portal.login(page, "admin", BenchmarkPortal.PASSWORD);
                    page.navigate(portal.baseUrl + "/cases");
                    page.waitForSelector("vaadin-grid");
                }
            }
        }
        long after = heapAfterGc();
        System.out.printf("%n%d signed-in sessions with the case list open (opened in %.0f s): heap in use after GC"
                        + " %,d MB before, %,d MB after: %,d KB per session%n", sessions,
                (System.nanoTime() - start) / 1e9, before >> 20, after >> 20, (after - before) / sessions / 1024);
    }

    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(500);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static void load(BenchmarkPortal portal, List<String> cases, int users, int drivers, int seconds)
            throws Exception {
        List<Double> roundTrips = Collections.synchronizedList(new ArrayList<>());
        List<String> routes = new ArrayList<>(List.of("cases", "search?q=" + URLEncoder.encode("跑路 退款",
                StandardCharsets.UTF_8), "statistics"));
        ExecutorService pool = Executors.newFixedThreadPool(drivers);
        List<Future<Integer>> steps = new ArrayList<>();
        CyclicBarrier signedIn = new CyclicBarrier(drivers);
        for (int d = 0; d < drivers; d++) {
            int contexts = users / drivers + (d < users % drivers ? 1 : 0);
            int driver = d;
            steps.add(pool.submit(() -> drive(portal, cases, routes, contexts, driver, seconds, signedIn,
                    roundTrips)));
        }
        int done = 0;
        for (Future<Integer> f : steps) {
            done += f.get();
        }
        pool.shutdown();
        double[] times = roundTrips.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%n%d users (%d drivers) for %d s: %,d page steps, %,d Vaadin round trips; server round trip"
                        + " p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n", users, drivers, seconds, done,
                times.length, pct(times, 0.5), pct(times, 0.95), pct(times, 0.99), times[times.length - 1]);
    }

    private static int drive(BenchmarkPortal portal, List<String> cases, List<String> routes, int contexts, int driver,
                             int seconds, CyclicBarrier signedIn, List<Double> roundTrips) throws Exception {
        try (Playwright playwright = org.redress.e2e.Browser.playwright();
             Browser browser = org.redress.e2e.Browser.launch(playwright)) {
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < contexts; i++) {
                Page page = browser.newContext().newPage();
                page.navigate(portal.baseUrl + "/login");
                Portal.login(page, "admin", BenchmarkPortal.PASSWORD);
                page.onRequestFinished(request -> {
                    if (measuring.get() && request.url().contains("v-r=")) {
                        var timing = request.timing();
                        if (timing.responseEnd > 0 && timing.requestStart >= 0) {
                            roundTrips.add(timing.responseEnd - timing.requestStart);
                        }
                    }
                });
                pages.add(page);
            }
            // Everyone signs in first; only what follows is measured.
            signedIn.await();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            measuring.set(true);
            int step = 0;
            while (System.nanoTime() < end) {
                Page page = pages.get(step % pages.size());
                int round = step / pages.size() + driver;
                String route = round % 4 == 3 ? "cases/" + cases.get((step + driver) % cases.size())
                        : routes.get(round % 4);
                page.waitForResponse(r -> r.url().contains("v-r=uidl"), () -> page.evaluate("""
                        path => { const a = document.createElement('a'); a.href = path;
                          a.setAttribute('router-link', ''); document.body.appendChild(a); a.click(); a.remove(); }""",
                        route));
                page.waitForLoadState(LoadState.NETWORKIDLE);
                step++;
            }
            return step;
        }
    }

    private static List<String> caseNumbers(BenchmarkPortal portal) throws Exception {
        HttpResponse<String> response = portal.http.send(HttpRequest.newBuilder(
                        URI.create(portal.baseUrl + "/api/v1/complaints/search?size=50"))
                .header("Authorization", portal.authorization).build(), HttpResponse.BodyHandlers.ofString());
        List<String> found = new ArrayList<>();
        Matcher m = CASE_NUMBER.matcher(response.body());
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static double pct(double[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
    }
}
