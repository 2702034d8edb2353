package org.redress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.redress.TestData;

/**
 * A 2xx means on disk: partners file complaints and import CSV files against the packaged portal, the process is
 * killed with SIGKILL in the middle of it, and after a restart every acknowledged complaint is there, and the search
 * index, which never holds more than the database, catches up with it.
 */
class CrashIT {

    static final String STAFF = "Basic " + Base64.getEncoder().encodeToString("staff:demo".getBytes());
    static final String REGULATOR = "Basic " + Base64.getEncoder().encodeToString("regulator:demo".getBytes());
    static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    static final Pattern COMPLAINTS = Pattern.compile("\"complaints\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAcknowledgedWriteSurvivesKillMinusNine() throws Exception {
        PortalProcess portal = PortalProcess.start(40);
        Queue<String> filed = new ConcurrentLinkedQueue<>();
        Queue<String> imported = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(5);
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; writing.get(); i++) {
                    try {
                        HttpResponse<String> r = send(portal, "POST", "/api/v1/complaints", "application/json",
                                complaint("CRASH-" + writer + "-" + i), STAFF);
                        if (r.statusCode() == 201) {
                            filed.add(r.headers().firstValue("Location").orElseThrow());
                        }
                    } catch (Exception killed) {
                        return null;
                    }
                }
                return null;
            });
        }
        writers.submit(() -> {
            for (int file = 0; writing.get(); file++) {
                List<String> ids = new ArrayList<>();
                for (int row = 0; row < 300; row++) {
                    ids.add("CRASH-IMP-" + file + "-" + row);
                }
                String csv = TestData.importCsv("CRASH-IMP-" + file + "-", 300, "崩溃测试店", 3_700_000_000L + file * 300L);
                try {
                    HttpResponse<String> r = send(portal, "POST", "/api/v1/complaints/import", "text/csv",
                            csv, STAFF);
                    if (r.statusCode() == 200 && r.body().contains("\"imported\":300")) {
                        imported.addAll(ids);
                    }
                } catch (Exception killed) {
                    return null;
                }
            }
            return null;
        });
        Thread.sleep(8_000);
        portal.kill();
        writing.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(filed).as("complaints acknowledged before the kill").hasSizeGreaterThan(20);

        PortalProcess again = PortalProcess.restart(portal);
        try {
            for (String location : filed) {
                assertThat(send(again, "GET", location, null, null, STAFF).statusCode()).as(location).isEqualTo(200);
            }
            for (String externalId : imported) {
                assertThat(send(again, "GET", "/api/v1/complaints?externalId=" + externalId, null, null, STAFF)
                        .statusCode()).as(externalId).isEqualTo(200);
            }
            long database = count(again, "/api/v1/statistics", REGULATOR, COMPLAINTS);
            long index = count(again, "/api/v1/complaints/search?size=1", STAFF, TOTAL);
            assertThat(index).as("the index never holds what the database lacks").isLessThanOrEqualTo(database);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (index != database && System.nanoTime() < deadline) {
                Thread.sleep(1_000);
                database = count(again, "/api/v1/statistics", REGULATOR, COMPLAINTS);
                index = count(again, "/api/v1/complaints/search?size=1", STAFF, TOTAL);
            }
            assertThat(index).as("index count caught up with the database").isEqualTo(database);
        } finally {
            again.close();
        }
    }

    private static String complaint(String externalId) {
        return """
                {"externalId": "%s", "receivedAt": "%s", "channel": "PARTNER_PLATFORM", "consumerName": "崩溃测试",
                 "consumerPhone": "13800138000", "province": "浙江", "city": "杭州", "merchantName": "崩溃测试直播间",
                 "platform": "DOUYIN", "amountPaid": 59.00, "amountClaimed": 59.00, "paymentMethod": "BUY_NOW_PAY_LATER",
                 "category": "NOT_DELIVERED", "narrative": "先用后付下单后一直未发货，商家跑路了。"}"""
                .formatted(externalId, LocalDate.now().minusDays(1));
    }

    private HttpResponse<String> send(PortalProcess portal, String method, String path, String type, String body,
                                      String auth) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.baseUrl + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", auth);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body,
                    StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private long count(PortalProcess portal, String path, String auth, Pattern field) throws Exception {
        HttpResponse<String> response = send(portal, "GET", path, null, null, auth);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        Matcher m = field.matcher(response.body());
        assertThat(m.find()).as(path + ": " + response.body()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
