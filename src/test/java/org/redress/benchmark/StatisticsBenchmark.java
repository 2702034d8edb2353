package org.redress.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redress.demo.DemoComplaints;

/**
 * Imports N synthetic complaints through the API, then measures the regulator statistics through the API: the
 * dashboard (all index aggregations, unfiltered and filtered), a grouped report, and full exports of one anonymised
 * record per complaint as CSV and XLSX (background job, polled until done), with the portal's heap sampled during
 * each export. Same JVM as the portal, so the heap figures are the portal's.
 * <p>
 * Run: {@code ./mvnw -q -Pproduction test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.redress.benchmark.StatisticsBenchmark -Dexec.args="100000"}
 */
public final class StatisticsBenchmark {

    private static final Pattern FIELD = Pattern.compile("\"(id|state|rowsWritten)\":\"?([^\",}]*)");

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (BenchmarkPortal portal = BenchmarkPortal.start()) {
            DemoComplaints generator = new DemoComplaints(11, LocalDate.now(), Math.max(100, total / 50));
            long importStart = System.nanoTime();
            int chunk = 50_000;
            boolean reuse = System.getProperty("bench.dataDir") != null;
            for (int done = 0; done < total && !reuse; done += chunk) {
                int rows = Math.min(chunk, total - done);
                Path csv = portal.writeCsv(generator, rows, "S" + (done / chunk) + "-");
                portal.importCsv(csv);
                Files.delete(csv);
                System.out.printf("imported %,d of %,d%n", done + rows, total);
            }
            System.out.printf("import: %.0f s%n", (System.nanoTime() - importStart) / 1e9);
            if (Boolean.getBoolean("aggregationCosts")) {
                AggregationCosts.run(portal.context);
            }

            System.out.printf("%n| request | runs | p50 ms | max ms |%n|---|---|---|---|%n");
            time(portal, "dashboard, no filter", "/api/v1/statistics/dashboard", 3, 15);
            time(portal, "dashboard, platform + category + months", "/api/v1/statistics/dashboard?platform=KUAISHOU"
                    + "&category=MERCHANT_ABSCONDED&from=" + LocalDate.now().minusMonths(6), 3, 15);
            time(portal, "report by merchant and month (JSON)", "/api/v1/statistics?groupBy=merchant,month", 1, 5);
            time(portal, "report by province and status (CSV)",
                    "/api/v1/statistics?groupBy=province,status&format=csv", 1, 5);

            System.out.printf("%n| full export of anonymised records | rows | seconds | file MB | heap in use, peak"
                    + " growth MB | retained after GC, peak growth MB |%n|---|---|---|---|---|---|%n");
            export(portal, "csv");
            export(portal, "xlsx");
            System.out.printf("%nJVM %s, %d cores, max heap %,d MB%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }

    private static void time(BenchmarkPortal portal, String name, String path, int warmUp, int runs)
            throws Exception {
        URI uri = URI.create(portal.baseUrl + path);
        for (int i = 0; i < warmUp; i++) {
            send(portal, HttpRequest.newBuilder(uri).GET());
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            send(portal, HttpRequest.newBuilder(uri).GET());
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf("| %s | %d | %.0f | %.0f |%n", name, runs, times[runs / 2], times[runs - 1]);
    }

    private static void export(BenchmarkPortal portal, String format) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        // What survives collections: old-generation use measured right after each collection.
        var oldGen = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getName().contains("Old Gen") && p.getCollectionUsage() != null).findFirst().orElseThrow();
        long retainedBaseline = oldGen.getCollectionUsage().getUsed();
        AtomicLong retainedPeak = new AtomicLong(retainedBaseline);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                retainedPeak.accumulateAndGet(oldGen.getCollectionUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        String job = send(portal, HttpRequest.newBuilder(URI.create(portal.baseUrl
                + "/api/v1/statistics/exports?kind=records&format=" + format))
                .POST(HttpRequest.BodyPublishers.noBody()));
        String id = field(job, "id");
        String status = job;
        while (field(status, "state").equals("RUNNING")) {
            Thread.sleep(100);
            status = send(portal, HttpRequest.newBuilder(URI.create(portal.baseUrl + "/api/v1/statistics/exports/"
                    + id)).GET());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        if (!field(status, "state").equals("DONE")) {
            throw new IllegalStateException("Export failed: " + status);
        }
        long size;
        try (var files = Files.list(portal.dataDir.resolve("exports"))) {
            size = files.filter(p -> p.getFileName().toString().startsWith(id)).mapToLong(p -> p.toFile().length())
                    .sum();
        }
        System.out.printf("| %s | %,d | %.1f | %,d | %,d | %,d |%n", format.toUpperCase(),
                Long.parseLong(field(status, "rowsWritten")), seconds, size / (1024 * 1024),
                (peak.get() - baseline) / (1024 * 1024), (retainedPeak.get() - retainedBaseline) / (1024 * 1024));
    }

    private static String send(BenchmarkPortal portal, HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = portal.http.send(request.header("Authorization", portal.authorization)
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.uri() + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        throw new IllegalStateException("No " + name + " in " + json);
    }
}
