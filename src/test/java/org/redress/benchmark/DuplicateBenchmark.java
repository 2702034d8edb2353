package org.redress.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.redress.demo.DemoComplaints;

/**
 * The full duplicate pass through the API ({@code POST /api/v1/duplicates/scan}, polled until done) over N
 * complaints imported first, or over the data of an earlier run with {@code -Dbench.dataDir=<dir>} (then N is
 * ignored). Reports the wall time and the growth of the portal's heap during the pass (same JVM).
 * <p>
 * Run: {@code ./mvnw -q -Pproduction test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.redress.benchmark.DuplicateBenchmark -Dexec.args="100000"}
 */
public final class DuplicateBenchmark {

    private DuplicateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean reuse = System.getProperty("bench.dataDir") != null;
        try (BenchmarkPortal portal = BenchmarkPortal.start()) {
            if (!reuse) {
                DemoComplaints generator = new DemoComplaints(13, LocalDate.now(), Math.max(100, total / 50));
                for (int done = 0; done < total; done += 50_000) {
                    int rows = Math.min(50_000, total - done);
                    Path csv = portal.writeCsv(generator, rows, "D" + (done / 50_000) + "-");
                    portal.importCsv(csv);
                    Files.delete(csv);
                    System.out.printf("imported %,d of %,d%n", done + rows, total);
                }
            }
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(baseline);
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            long start = System.nanoTime();
            send(portal, HttpRequest.newBuilder(URI.create(portal.baseUrl + "/api/v1/duplicates/scan"))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            String status;
            do {
                Thread.sleep(200);
                status = send(portal, HttpRequest.newBuilder(URI.create(portal.baseUrl + "/api/v1/duplicates/scan"))
                        .GET());
            } while (status.contains("\"running\":true"));
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            System.out.printf("%nduplicate pass: %.1f s; heap growth (peak in use minus baseline) %,d MB; max heap %,d MB;"
                            + " JVM %s, %d cores%n%s%n", seconds, (peak.get() - baseline) / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), status);
        }
    }

    private static String send(BenchmarkPortal portal, HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = portal.http.send(request.header("Authorization", portal.authorization)
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.uri() + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
