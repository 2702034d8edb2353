package org.redress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

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
                        HttpResponse<String> r = portal.send("POST", "/api/v1/complaints", "application/json",
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
        writers.submit(() -> portal.importWhile(writing, "CRASH-IMP-", 300, "崩溃测试店", 3_700_000_000L, imported));
        Thread.sleep(8_000);
        portal.kill();
        writing.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(filed).as("complaints acknowledged before the kill").hasSizeGreaterThan(20);

        PortalProcess again = PortalProcess.restart(portal);
        try {
            for (String location : filed) {
                assertThat(again.send("GET", location, null, null, STAFF).statusCode()).as(location).isEqualTo(200);
            }
            for (String externalId : imported) {
                assertThat(again.send("GET", "/api/v1/complaints?externalId=" + externalId, null, null, STAFF)
                        .statusCode()).as(externalId).isEqualTo(200);
            }
            long database = again.count("/api/v1/statistics", REGULATOR, COMPLAINTS);
            long index = again.count("/api/v1/complaints/search?size=1", STAFF, TOTAL);
            assertThat(index).as("the index never holds what the database lacks").isLessThanOrEqualTo(database);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (index != database && System.nanoTime() < deadline) {
                Thread.sleep(1_000);
                database = again.count("/api/v1/statistics", REGULATOR, COMPLAINTS);
                index = again.count("/api/v1/complaints/search?size=1", STAFF, TOTAL);
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
}
