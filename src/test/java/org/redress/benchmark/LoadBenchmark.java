package org.redress.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.redress.TestData;

/**
 * Clients at once through the API, as partner systems file complaints: 1, 10 and 50 concurrent clients (the pool has
 * 10 connections), the last run joined by five 1,000-row CSV imports and twenty signing attempts. Prints p50/p95/max
 * per run, every status seen, and checks that every complaint answered 201 can be read back.
 *
 * <pre>
 * ./mvnw -q -Pproduction test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.redress.benchmark.LoadBenchmark -Dexec.args="20 60"
 * </pre>
 * Arguments: seconds for the 1- and 10-client runs, seconds for the 50-client run.
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    record Run(String what, long requests, long errors, double p50, double p95, double max, String statuses,
               long slow) {
    }

    public static void main(String[] args) throws Exception {
        int shortSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int longSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        try (BenchmarkPortal portal = BenchmarkPortal.start()) {
            List<Run> runs = new ArrayList<>();
            Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
            for (int clients : new int[] {1, 10, 50}) {
                runs.addAll(run(portal, clients, clients == 50 ? longSeconds : shortSeconds, clients == 50,
                        acknowledged));
            }
            int missing = 0;
            for (String location : acknowledged) {
                if (get(portal, location).statusCode() != 200) {
                    missing++;
                }
            }
            System.out.println("| run | requests | errors | p50 ms | p95 ms | max ms | over 5 s | statuses |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            for (Run r : runs) {
                System.out.printf("| %s | %d | %d | %.1f | %.1f | %.1f | %d | %s |%n", r.what(), r.requests(),
                        r.errors(), r.p50(), r.p95(), r.max(), r.slow(), r.statuses());
            }
            System.out.println("Acknowledged complaints: " + acknowledged.size() + ", missing when read back: "
                    + missing);
        }
    }

    /** Latencies, statuses and errors of one kind of request in a run. */
    private record Tally(List<Double> latencies, Queue<Integer> statuses, AtomicInteger errors) {
        Tally() {
            this(Collections.synchronizedList(new ArrayList<>()), new ConcurrentLinkedQueue<>(), new AtomicInteger());
        }

        Run summary(String what) {
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            Map<Integer, Long> byStatus = new TreeMap<>();
            statuses.forEach(s -> byStatus.merge(s, 1L, Long::sum));
            return new Run(what, sorted.size(), errors.get(), percentile(sorted, 0.50), percentile(sorted, 0.95),
                    sorted.isEmpty() ? 0 : sorted.getLast(), byStatus.toString(),
                    sorted.stream().filter(ms -> ms > 5_000).count());
        }
    }

    private static List<Run> run(BenchmarkPortal portal, int clients, int seconds, boolean withImportsAndSigning,
                                 Queue<String> acknowledged) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients + 25);
        Tally filings = new Tally();
        Tally imports = new Tally();
        Tally signing = new Tally();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = post(portal, "/api/v1/complaints", "application/json",
                                complaint(clients + "-" + client + "-" + i));
                        filings.latencies().add((System.nanoTime() - t0) / 1e6);
                        filings.statuses().add(r.statusCode());
                        if (r.statusCode() == 201) {
                            acknowledged.add(r.headers().firstValue("Location").orElseThrow());
                        } else {
                            filings.errors().incrementAndGet();
                        }
                    } catch (Exception e) {
                        filings.errors().incrementAndGet();
                        filings.statuses().add(-1);
                    }
                }
                return null;
            });
        }
        if (withImportsAndSigning) {
            for (int f = 0; f < 5; f++) {
                String csv = TestData.importCsv("LOAD-IMP-" + f + "-", 1_000, "负载导入店", 3_900_000_000L + f * 1_000L);
                pool.submit(() -> {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = post(portal, "/api/v1/complaints/import", "text/csv", csv);
                    imports.latencies().add((System.nanoTime() - t0) / 1e6);
                    imports.statuses().add(r.statusCode());
                    if (r.statusCode() != 200 || !r.body().contains("\"imported\":1000")) {
                        imports.errors().incrementAndGet();
                    }
                    return null;
                });
            }
            long agreement = agreementToSign(portal);
            for (int s = 0; s < 20; s++) {
                pool.submit(() -> {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = post(portal, "/api/v1/agreements/" + agreement + "/signatures",
                            "application/json", "{\"party\":\"CONSUMER\",\"signerName\":\"王芳\",\"capacity\":\"本人\","
                                    + "\"method\":\"ONE_TIME_CODE\",\"code\":\"000000x\"}");
                    signing.latencies().add((System.nanoTime() - t0) / 1e6);
                    signing.statuses().add(r.statusCode());
                    // A wrong code is refused (400, or 409 once the checks ran out): the answer expected.
                    if (r.statusCode() != 400 && r.statusCode() != 409) {
                        signing.errors().incrementAndGet();
                    }
                    return null;
                });
            }
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 300L, TimeUnit.SECONDS);
        List<Run> runs = new ArrayList<>(List.of(filings.summary(clients + " clients filing")));
        if (withImportsAndSigning) {
            runs.add(imports.summary("5 imports of 1,000 rows, at once with them"));
            runs.add(signing.summary("20 signing attempts with a wrong code, at once"));
        }
        return runs;
    }

    private static long agreementToSign(BenchmarkPortal portal) throws Exception {
        HttpResponse<String> filed = post(portal, "/api/v1/complaints", "application/json", complaint("SIGN"));
        String caseNumber = filed.body().replaceAll("(?s).*\"caseNumber\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> draft = post(portal, "/api/v1/agreements", "application/json", "{\"caseNumber\":\""
                + caseNumber + "\",\"obligations\":[{\"debtor\":\"MERCHANT\",\"creditor\":\"CONSUMER\",\"kind\":"
                + "\"REFUND\",\"amount\":10.00,\"dueDate\":\"" + LocalDate.now().plusDays(7) + "\"}]}");
        long id = Long.parseLong(draft.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
        post(portal, "/api/v1/agreements/" + id + "/signing-codes", "application/json", "{\"party\":\"CONSUMER\"}");
        return id;
    }

    private static String complaint(String key) {
        return """
                {"externalId": "LOAD-%s", "receivedAt": "%s", "channel": "PARTNER_PLATFORM", "consumerName": "负载测试",
                 "consumerPhone": "1380013%04d", "province": "浙江", "city": "杭州", "merchantName": "负载测试直播间",
                 "platform": "DOUYIN", "amountPaid": 59.00, "amountClaimed": 59.00, "paymentMethod": "BUY_NOW_PAY_LATER",
                 "category": "NOT_DELIVERED", "narrative": "先用后付下单后一直未发货，商家跑路了，客服联系不上。"}"""
                .formatted(key, LocalDate.now().minusDays(1), Math.abs(key.hashCode()) % 10_000);
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    private static HttpResponse<String> post(BenchmarkPortal portal, String path, String type, String body)
            throws Exception {
        return portal.http.send(HttpRequest.newBuilder(URI.create(portal.baseUrl + path))
                .header("Authorization", portal.authorization).header("Content-Type", type)
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(BenchmarkPortal portal, String path) throws Exception {
        return portal.http.send(HttpRequest.newBuilder(URI.create(portal.baseUrl + path))
                .header("Authorization", portal.authorization).build(), HttpResponse.BodyHandlers.ofString());
    }
}
