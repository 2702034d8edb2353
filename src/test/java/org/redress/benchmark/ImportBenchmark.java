package org.redress.benchmark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.redress.demo.DemoComplaints;

/**
 * Measures the CSV import through the real API (HTTP, Basic auth, streaming, batching, indexing included) on an
 * embedded H2 file database and Lucene index in a fresh temporary data directory.
 * <p>
 * Run: {@code ./mvnw -q -Pproduction test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.redress.benchmark.ImportBenchmark -Dexec.args="10000"}.
 * The first argument is the number of rows; a warm-up import of a tenth of that size runs first. Further
 * arguments are passed to the portal (e.g. a Hibernate Search setting to compare).
 * <p>
 * With {@code -Dbench.csv=<file>} (e.g. rows written by engine-bench's {@code perf.ExportCsv}, the rows of the
 * engine ceiling) that file is imported instead, in requests of {@code -Dbench.chunk} rows (default 50,000); the
 * first argument is then ignored.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String[] portalArguments = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new String[0];
        String file = System.getProperty("bench.csv");
        try (BenchmarkPortal portal = BenchmarkPortal.start(portalArguments)) {
            DemoComplaints generator = new DemoComplaints(42, LocalDate.now(), 2_000);
            int warmUp = file == null ? Math.max(500, rows / 10) : 20_000;
            portal.importCsv(portal.writeCsv(generator, warmUp, "WARM-"));
            List<Path> requests = file == null ? List.of(portal.writeCsv(generator, rows, "BENCH-"))
                    : split(Path.of(file), Integer.getInteger("bench.chunk", 50_000), portal.dataDir);
            long[] sizes = requests.stream().mapToLong(ImportBenchmark::dataLines).toArray();
            rows = (int) Arrays.stream(sizes).sum();
            long start = System.nanoTime();
            String reply = "";
            for (int i = 0; i < requests.size(); i++) {
                long t = System.nanoTime();
                reply = portal.importCsv(requests.get(i));
                System.out.printf("  request of %,d rows: %.1f s%n", sizes[i], (System.nanoTime() - t) / 1e9);
            }
            long imported = System.nanoTime();
            portal.awaitSearchable(rows + warmUp);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
            System.out.printf("%nImported %,d complaints through POST /api/v1/complaints/import in %.1f s (all replies"
                            + " after %.1f s), searchable: %,.0f complaints/s; heap used after import %,d MB; JVM %s,"
                            + " %d cores%n", rows, seconds, (imported - start) / 1e9, rows / seconds, heap,
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            System.out.println("Last response: " + reply.substring(0, Math.min(200, reply.length())));
        }
    }

    /** Splits an import file into files of {@code chunk} data rows, each with the header (one row per line). */
    private static List<Path> split(Path csv, int chunk, Path dir) throws Exception {
        List<Path> parts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            String line = in.readLine();
            while (line != null) {
                Path part = dir.resolve("part-" + parts.size() + ".csv");
                try (BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                    out.write(header);
                    out.newLine();
                    for (int n = 0; n < chunk && line != null; n++, line = in.readLine()) {
                        out.write(line);
                        out.newLine();
                    }
                }
                parts.add(part);
            }
        }
        return parts;
    }

    private static long dataLines(Path csv) {
        try (var lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            return lines.count() - 1;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
