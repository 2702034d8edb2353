package org.redress.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.redress.demo.DemoComplaints;
import org.redress.search.IndexMaintenance;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Imports N synthetic complaints through the API (chunks of 50,000 rows per request), then runs a fixed mix of
 * searches through {@code GET /api/v1/complaints/search} and reports latency percentiles per query type, the index
 * size and the heap in use. Fresh temporary data directory, embedded H2 + Lucene; with {@code -Dbench.engine=opensearch}
 * the elasticsearch profile on a one-node OpenSearch started in this JVM (see {@link Engines}).
 * <p>
 * Run: {@code ./mvnw -q -Pproduction test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.redress.benchmark.SearchBenchmark -Dexec.args="100000"}
 */
public final class SearchBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 200;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (BenchmarkPortal portal = BenchmarkPortal.start(Engines.portalArguments())) {
            DemoComplaints generator = new DemoComplaints(7, LocalDate.now(), Math.max(100, total / 50));
            long importStart = System.nanoTime();
            int chunk = 50_000;
            boolean reuse = System.getProperty("bench.dataDir") != null;
            for (int done = 0; done < total && !reuse; done += chunk) {
                int rows = Math.min(chunk, total - done);
                portal.importCsv(portal.writeCsv(generator, rows, "B" + (done / chunk) + "-"));
                System.out.printf("imported %,d of %,d%n", done + rows, total);
            }
            portal.awaitSearchable(total);
            double importSeconds = (System.nanoTime() - importStart) / 1e9;
            Map<String, String> mix = new LinkedHashMap<>();
            mix.put("merchant", "merchant=" + enc("优品生活直播间"));
            mix.put("one word (跑路)", "q=" + enc("跑路"));
            mix.put("English word (refund)", "q=refund");
            mix.put("two words + 2 filters + facets", "q=" + enc("先用后付 跑路")
                    + "&platform=KUAISHOU&category=MERCHANT_ABSCONDED");
            mix.put("facets only (no words)", "q=");
            mix.put("deep page (page 200 of 退款)", "q=" + enc("退款") + "&page=200&size=20");
            mix.put("case number", "q=B0-000123");
            System.out.printf("%n| query | p50 ms | p95 ms | p99 ms | hits |%n|---|---|---|---|---|%n");
            for (var entry : mix.entrySet()) {
                URI uri = URI.create(portal.baseUrl + "/api/v1/complaints/search?" + entry.getValue());
                String body = "";
                for (int i = 0; i < WARM_UP; i++) {
                    body = get(portal.http, uri, portal.authorization);
                }
                double[] times = new double[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    get(portal.http, uri, portal.authorization);
                    times[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(times);
                String hits = body.substring(body.indexOf(":") + 1, body.indexOf(","));
                System.out.printf("| %s | %.1f | %.1f | %.1f | %s |%n", entry.getKey(), times[RUNS / 2],
                        times[(int) (RUNS * 0.95)], times[(int) (RUNS * 0.99)], hits);
            }
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
            System.out.printf("%n%,d complaints imported in %.0f s (%,.0f/s, until searchable); index %,d MB; "
                            + "heap in use %,d MB; JVM %s, %d cores%n", total, importSeconds, total / importSeconds,
                    size(portal.dataDir.resolve("index")) / (1024 * 1024), heap, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
            if (Boolean.getBoolean("bench.reindex")) {
                reindex(portal);
            }
        }
    }

    /** A full rebuild of the index from the database, as the admin view starts it, timed until it reports done. */
    private static void reindex(BenchmarkPortal portal) throws InterruptedException {
        IndexMaintenance maintenance = portal.context.getBean(IndexMaintenance.class);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        long start = System.nanoTime();
        maintenance.rebuild();
        do {
            Thread.sleep(200);
        } while (maintenance.status().running());
        System.out.printf("%nreindex from the database: %,d documents in %.1f s (%s)%n", maintenance.status().done(),
                (System.nanoTime() - start) / 1e9, maintenance.status().lastMessage());
    }

    private static String get(HttpClient http, URI uri, String auth) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static long size(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;  // the index lives in OpenSearch
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
