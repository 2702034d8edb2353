package org.redress.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.redress.demo.DemoComplaints;

/**
 * Measures the CSV import through the real API (HTTP, Basic auth, streaming, batching, indexing included) on an
 * embedded H2 file database and Lucene index in a fresh temporary data directory.
 * <p>
 * Run: {@code ./mvnw -q -Pproduction test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.redress.benchmark.ImportBenchmark -Dexec.args="10000"}.
 * The first argument is the number of rows; a warm-up import of a tenth of that size runs first. Further
 * arguments are passed to the portal (e.g. a Hibernate Search setting to compare).
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String[] portalArguments = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new String[0];
        try (BenchmarkPortal portal = BenchmarkPortal.start(portalArguments)) {
            DemoComplaints generator = new DemoComplaints(42, LocalDate.now(), 2_000);
            portal.importCsv(portal.writeCsv(generator, Math.max(500, rows / 10), "WARM-"));
            Path csv = portal.writeCsv(generator, rows, "BENCH-");
            long start = System.nanoTime();
            String reply = portal.importCsv(csv);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
            System.out.printf("%nImported %,d complaints through POST /api/v1/complaints/import in %.1f s: %,.0f complaints/s"
                            + " (indexing included); heap used after import %,d MB; JVM %s, %d cores%n",
                    rows, seconds, rows / seconds, heap, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
            System.out.println("Response: " + reply.substring(0, Math.min(200, reply.length())));
        }
    }
}
