package org.redress.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redress.TestData;

/**
 * Starts the packaged portal jar (demo profile, its own data directory and port) for end-to-end tests; scaled out,
 * on the postgres and elasticsearch profiles against a shared database and search node.
 */
final class PortalProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path log;
    final String baseUrl;
    final Path dataDir;
    private final List<String> settings;

    private PortalProcess(Process process, Path log, String baseUrl, Path dataDir, List<String> settings) {
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
        this.dataDir = dataDir;
        this.settings = settings;
    }

    static PortalProcess start(int demoComplaints) throws Exception {
        return start(Files.createTempDirectory("redress-e2e-"), freePort(), demoComplaints, true,
                List.of("--spring.profiles.active=demo"));
    }

    /**
     * One of several instances behind a load balancer: the database at {@code POSTGRES_URL}, the search node at
     * {@code searchHosts}, indexing coordinated through the outbox. Only the first seeds demo data.
     */
    static PortalProcess startScaledOut(String searchHosts, int demoComplaints) throws Exception {
        List<String> settings = List.of("--spring.profiles.active=demo,postgres,elasticsearch",
                "--spring.datasource.url=" + System.getenv("POSTGRES_URL"),
                "--spring.datasource.username=" + System.getenv("POSTGRES_USER"),
                "--spring.datasource.password=" + System.getenv("POSTGRES_PASSWORD"),
                "--spring.jpa.properties.hibernate.search.backend.hosts=" + searchHosts,
                "--spring.jpa.properties.hibernate.search.backend.version=opensearch:2.19",
                "--redress.statistics.dashboard-cache-seconds=0");
        return start(Files.createTempDirectory("redress-scaled-"), freePort(), demoComplaints, demoComplaints > 0,
                settings);
    }

    /** Starts again on the data directory, port and settings of a portal that stopped (or was killed). */
    static PortalProcess restart(PortalProcess stopped) throws Exception {
        return start(stopped.dataDir, Integer.parseInt(stopped.baseUrl.substring(stopped.baseUrl.lastIndexOf(':') + 1)),
                0, false, stopped.settings);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static PortalProcess start(Path dataDir, int port, int demoComplaints, boolean seeds,
                                       List<String> settings) throws Exception {
        Path jar = Path.of(System.getProperty("redress.jar", "target/redress.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No portal jar at " + jar + ": run the tests with ./mvnw -Pproduction verify");
        }
        Path log = dataDir.resolve(seeds ? "portal.log" : "portal-" + System.nanoTime() + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port, "--redress.data-dir=" + dataDir, "--redress.demo.complaints=" + demoComplaints,
                "--redress.demo.merchants=20"));
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PortalProcess portal = new PortalProcess(process, log, "http://127.0.0.1:" + port, dataDir, settings);
        portal.awaitReady(Duration.ofSeconds(180), seeds);
        return portal;
    }

    /** Sends a request as {@code auth}, with a body of {@code type} when there is one. */
    HttpResponse<String> send(String method, String path, String type, String body, String auth) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", auth);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body,
                    StandardCharsets.UTF_8));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The number {@code field} captures in the 200 answer to {@code GET path}. */
    long count(String path, String auth, Pattern field) throws Exception {
        HttpResponse<String> response = send("GET", path, null, null, auth);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        Matcher m = field.matcher(response.body());
        if (!m.find()) {
            throw new AssertionError(path + ": no " + field + " in " + response.body());
        }
        return Long.parseLong(m.group(1));
    }

    /**
     * Imports files of {@code rows} complaints against {@code shop} while {@code running} holds, and adds the
     * external ids of every file the portal acknowledged to {@code acknowledged}; ends quietly when the portal dies.
     */
    void importWhile(AtomicBoolean running, String prefix, int rows, String shop, long phoneBase,
                     Queue<String> acknowledged) {
        for (int file = 0; running.get(); file++) {
            String filePrefix = prefix + file + "-";
            String csv = TestData.importCsv(filePrefix, rows, shop, phoneBase + (long) file * rows);
            try {
                HttpResponse<String> r = send("POST", "/api/v1/complaints/import", "text/csv", csv, CrashIT.STAFF);
                if (r.statusCode() == 200 && r.body().contains("\"imported\":" + rows)) {
                    for (int row = 0; row < rows; row++) {
                        acknowledged.add(filePrefix + row);
                    }
                }
            } catch (Exception killed) {
                return;
            }
        }
    }

    /** Ends the process as a power cut would: SIGKILL, no shutdown hooks, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private void awaitReady(Duration timeout, boolean seeds) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped during start-up:\n" + tail());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && (!seeds || Files.readString(log).contains("Demo data"))) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The portal did not become ready in " + timeout + ":\n" + tail());
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
