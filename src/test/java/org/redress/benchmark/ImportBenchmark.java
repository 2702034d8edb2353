package org.redress.benchmark;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import org.redress.RedressApplication;
import org.redress.demo.DemoComplaints;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the CSV import through the real API (HTTP, Basic auth, streaming, batching, indexing included) on an
 * embedded H2 file database and Lucene index in a fresh temporary data directory.
 * <p>
 * Run: {@code ./mvnw -q -Pproduction test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.redress.benchmark.ImportBenchmark -Dexec.args="10000"}.
 * The first argument is the number of rows; a warm-up import of a tenth of that size runs first.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dataDir = Files.createTempDirectory("redress-bench-");
        String password = "bench-password";
        ConfigurableApplicationContext context = SpringApplication.run(RedressApplication.class,
                "--spring.profiles.active=bench", "--server.port=0", "--redress.data-dir=" + dataDir,
                "--redress.admin.initial-password=" + password, "--spring.main.banner-mode=off",
                "--logging.level.root=warn", "--vaadin.productionMode=true",
                System.getProperty("bench.extra", "--redress.bench=true"));
        try {
            String port = context.getEnvironment().getProperty("local.server.port");
            String base = "http://127.0.0.1:" + port;
            DemoComplaints generator = new DemoComplaints(42, LocalDate.now(), 2_000);
            run(base, password, generator, Math.max(500, rows / 10), "WARM-", dataDir);
            Result result = run(base, password, generator, rows, "BENCH-", dataDir);
            System.out.printf("%nImported %,d complaints through POST /api/v1/complaints/import in %.1f s: %,.0f complaints/s"
                            + " (indexing included); heap used after import %,d MB; JVM %s, %d cores%n",
                    rows, result.seconds(), rows / result.seconds(), result.heapMb(),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            System.out.println("Response: " + result.body().substring(0, Math.min(200, result.body().length())));
        } finally {
            context.close();
        }
    }

    record Result(double seconds, long heapMb, String body) {
    }

    private static Result run(String base, String password, DemoComplaints generator, int rows, String prefix,
                              Path dir) throws Exception {
        Path csv = dir.resolve(prefix + "import.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(DemoComplaints.HEADER);
            out.newLine();
            generator.write(rows, prefix, line -> {
                try {
                    out.write(line);
                    out.newLine();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/complaints/import"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofFile(csv)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Import failed: " + response.statusCode() + " " + response.body());
        }
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        return new Result(seconds, heap, response.body());
    }
}
