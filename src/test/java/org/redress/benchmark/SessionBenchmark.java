package org.redress.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.redress.demo.DemoComplaints;
import org.redress.security.AccountProvisioning;
import org.redress.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduling under load, through the API: M mediators with four one-hour sessions on every working day for W weeks
 * (each with its own consumer contact, so every booking takes mediator and participant cells), then the costs that
 * matter while a coordinator works: one more booking, a refused clash, the free-slot proposals on a full calendar,
 * and a week of all mediators' sessions.
 * <p>
 * Run: {@code ./mvnw -q -Pproduction test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.redress.benchmark.SessionBenchmark -Dexec.args="10 26"}
 */
public final class SessionBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalTime[] STARTS = {LocalTime.of(9, 0), LocalTime.of(10, 30), LocalTime.of(13, 30),
            LocalTime.of(15, 0)};

    private SessionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int mediators = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int weeks = args.length > 1 ? Integer.parseInt(args[1]) : 26;
        try (BenchmarkPortal portal = BenchmarkPortal.start()) {
            Path csv = portal.writeCsv(new DemoComplaints(5, LocalDate.now(), 100), 2_000, "S-");
            portal.importCsv(csv);
            Files.delete(csv);
            AccountProvisioning accounts = portal.context.getBean(AccountProvisioning.class);
            for (int m = 0; m < mediators; m++) {
                accounts.ensureAccount("bench-mediator-" + m, "Mediator " + m, "bench-password", Set.of(Role.MEDIATOR));
            }
            List<String> cases = portal.context.getBean(JdbcTemplate.class)
                    .queryForList("select case_number from complaint order by id", String.class);
            LocalDate monday = LocalDate.now(ZONE).plusYears(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

            List<Long> bookingNanos = new ArrayList<>();
            int booked = 0;
            long start = System.nanoTime();
            for (int w = 0; w < weeks; w++) {
                for (int d = 0; d < 5; d++) {
                    LocalDate day = monday.plusWeeks(w).plusDays(d);
                    for (int m = 0; m < mediators; m++) {
                        for (LocalTime time : STARTS) {
                            String body = request(cases.get(booked % cases.size()), "bench-mediator-" + m,
                                    day, time, "139" + String.format("%08d", booked));
                            long t = System.nanoTime();
                            expect(post(portal, "/api/v1/sessions", body), 201);
                            bookingNanos.add(System.nanoTime() - t);
                            booked++;
                        }
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long cells = portal.context.getBean(JdbcTemplate.class).queryForObject("select count(*) from booking_cell",
                    Long.class);

            LocalDate busyDay = monday.plusWeeks(weeks / 2);
            List<Long> clashNanos = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String body = request(cases.get(i), "bench-mediator-" + (i % mediators), busyDay, LocalTime.of(9, 30),
                        "137" + String.format("%08d", i));
                long t = System.nanoTime();
                expect(post(portal, "/api/v1/sessions", body), 409);
                clashNanos.add(System.nanoTime() - t);
            }
            List<Long> slotNanos = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                long t = System.nanoTime();
                expect(get(portal, "/api/v1/sessions/free-slots?mediator=bench-mediator-" + (i % mediators)
                        + "&durationMinutes=60&count=5&from=" + busyDay), 200);
                slotNanos.add(System.nanoTime() - t);
            }
            List<Long> weekNanos = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long t = System.nanoTime();
                expect(get(portal, "/api/v1/sessions?from=" + busyDay + "&to=" + busyDay.plusDays(7)), 200);
                weekNanos.add(System.nanoTime() - t);
            }
            System.out.printf("%n%,d sessions booked for %d mediators over %d weeks in %.1f s (%.0f/s), %,d booking cells;"
                            + "%nbooking p50 %.1f ms p95 %.1f ms; refused clash p50 %.1f ms; free slots (60 days) p50 %.1f ms;"
                            + " a week of all sessions (%d) p50 %.1f ms; JVM %s, %d cores%n",
                    booked, mediators, weeks, seconds, booked / seconds, cells, p(bookingNanos, 50), p(bookingNanos, 95),
                    p(clashNanos, 50), p(slotNanos, 50), mediators * 20, p(weekNanos, 50),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        }
    }

    private static String request(String caseNumber, String mediator, LocalDate day, LocalTime time, String phone) {
        return """
                {"caseNumber":"%s","mediator":"%s","start":"%s","durationMinutes":60,
                 "onlineLink":"https://meet.example.cn/bench",
                 "participants":[{"name":"消费者","role":"CONSUMER","contact":"%s"}]}"""
                .formatted(caseNumber, mediator, day.atTime(time).atZone(ZONE).toOffsetDateTime(), phone);
    }

    private static double p(List<Long> nanos, int percentile) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }

    private static HttpResponse<String> post(BenchmarkPortal portal, String path, String json) throws Exception {
        return portal.http.send(HttpRequest.newBuilder(URI.create(portal.baseUrl + path))
                .header("Authorization", portal.authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(BenchmarkPortal portal, String path) throws Exception {
        return portal.http.send(HttpRequest.newBuilder(URI.create(portal.baseUrl + path))
                .header("Authorization", portal.authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " -> " + response.statusCode() + " (expected " + status
                    + ") " + response.body());
        }
    }
}
