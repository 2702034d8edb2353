package org.redress.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redress.RedressApplication;
import org.redress.demo.DemoComplaints;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The portal started for a benchmark: fresh data directory, an admin account, the API on a free port. */
final class BenchmarkPortal implements AutoCloseable {

    static final String PASSWORD = "bench-password";

    final Path dataDir;
    final String baseUrl;
    final String authorization;
    final HttpClient http = HttpClient.newHttpClient();
    final ConfigurableApplicationContext context;

    private BenchmarkPortal(Path dataDir, ConfigurableApplicationContext context) {
        this.dataDir = dataDir;
        this.context = context;
        this.baseUrl = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
        this.authorization = basic("admin", PASSWORD);
    }

    static BenchmarkPortal start(String... extraArguments) throws IOException {
        // -Dbench.dataDir=<dir> reuses the data of an earlier run (e.g. a million complaints) instead of importing.
        String reuse = System.getProperty("bench.dataDir");
        Path dataDir = reuse == null ? Files.createTempDirectory("redress-bench-") : Path.of(reuse);
        String[] base = {"--spring.profiles.active=bench", "--server.port=0", "--redress.data-dir=" + dataDir,
                "--redress.admin.initial-password=" + PASSWORD, "--spring.main.banner-mode=off",
                "--logging.level.root=warn", "--vaadin.productionMode=true",
                "--redress.statistics.dashboard-cache-seconds=0"};
        String[] arguments = new String[base.length + extraArguments.length];
        System.arraycopy(base, 0, arguments, 0, base.length);
        System.arraycopy(extraArguments, 0, arguments, base.length, extraArguments.length);
        System.out.println("data directory (reuse with -Dbench.dataDir): " + dataDir);
        return new BenchmarkPortal(dataDir, SpringApplication.run(RedressApplication.class, arguments));
    }

    /** Writes {@code rows} generated complaints as an import file. */
    Path writeCsv(DemoComplaints generator, int rows, String prefix) throws IOException {
        Path csv = dataDir.resolve(prefix + "import.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(DemoComplaints.HEADER);
            out.newLine();
            generator.write(rows, prefix, line -> {
                try {
                    out.write(line);
                    out.newLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return csv;
    }

    /** Sends the file to the import API and returns the JSON reply; fails on anything but 200. */
    String importCsv(Path csv) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/complaints/import"))
                .header("Authorization", authorization).header("Content-Type", "text/csv")
                .timeout(Duration.ofHours(1)).POST(HttpRequest.BodyPublishers.ofFile(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Import failed: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** Waits until search finds {@code expected} complaints in all (indexing may finish after the import replies). */
    void awaitSearchable(long expected) throws IOException, InterruptedException {
        Pattern total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
        while (true) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(baseUrl + "/api/v1/complaints/search?size=1"))
                    .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = total.matcher(response.body());
            if (m.find() && Long.parseLong(m.group(1)) >= expected) {
                return;
            }
            Thread.sleep(100);
        }
    }

    /** Calls the API as the administrator; fails unless the reply has the expected status. */
    String send(String method, String path, String type, String body, int expected) throws Exception {
        return sendAs(authorization, method, path, type, body, expected);
    }

    /** As {@link #send}, signed in with another account's {@code Basic} header. */
    String sendAs(String basic, String method, String path, String type, String body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", basic).timeout(Duration.ofMinutes(10));
        if (body != null) {
            request.header("Content-Type", type + "; charset=UTF-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response.body();
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        context.close();
    }
}
