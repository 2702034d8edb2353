package org.redress.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementDraft;
import org.redress.agreement.AgreementDrafting;
import org.redress.agreement.AgreementSigning;
import org.redress.agreement.ObligationKind;
import org.redress.agreement.ObligationLine;
import org.redress.complaint.ComplaintService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * More clients at once than the pool has connections: filings, CSV imports and signing attempts all finish, every
 * filing answered 201 is stored, and nothing waits for a second connection while holding one (which froze the
 * portal at ten clients).
 */
@RedressTest
class ConcurrentClientsTest {

    static final int FILERS = 40;
    static final int IMPORTS = 5;
    static final int SIGNERS = 20;

    @Autowired
    MockMvc mvc;
    @Autowired
    HikariDataSource dataSource;
    @Autowired
    ComplaintService complaints;
    @Autowired
    AgreementDrafting drafting;
    @Autowired
    AgreementSigning signing;
    @Autowired
    TestData data;

    private static String complaint(String externalId) {
        return """
                {"externalId": "%s", "receivedAt": "%s", "channel": "PARTNER_PLATFORM", "consumerName": "并发顾客",
                 "consumerPhone": "13700%s", "province": "浙江", "city": "杭州", "merchantName": "并发测试直播间", "platform": "DOUYIN",
                 "amountPaid": 99.00, "amountClaimed": 99.00, "paymentMethod": "BUY_NOW_PAY_LATER",
                 "category": "NOT_DELIVERED", "narrative": "并发测试：先用后付下单后一直未发货，商家联系不上。"}"""
                .formatted(externalId, LocalDate.now().minusDays(1),
                        String.format("%06d", Math.abs(externalId.hashCode()) % 1_000_000));
    }

    @Test
    void moreClientsThanConnectionsAllFinishAndEveryAcknowledgedFilingIsStored() throws Exception {
        int pool = dataSource.getMaximumPoolSize();
        assertThat(FILERS + IMPORTS + SIGNERS).isGreaterThan(3 * pool);
        AgreementDetails draft = TestData.asUserGet("mediator", "MEDIATOR", () -> drafting.draft(new AgreementDraft(
                complaints.file(TestData.draft(data.merchant("并发签署店").id())).caseNumber(), null, null, null,
                List.of(new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.REFUND, BigDecimal.TEN,
                        LocalDate.now().plusDays(5), "退款")))));
        TestData.asUser("mediator", "MEDIATOR", () -> signing.issueSigningCode(draft.id(), "CONSUMER"));

        ExecutorService clients = Executors.newFixedThreadPool(FILERS + IMPORTS + SIGNERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MvcResult>> filings = new ArrayList<>();
        List<Future<MvcResult>> others = new ArrayList<>();
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < FILERS; i++) {
            String body = complaint("CONC-" + run + "-" + i);
            filings.add(clients.submit(() -> {
                start.await();
                return mvc.perform(post("/api/v1/complaints").with(user("staff").roles("STAFF"))
                        .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
            }));
        }
        for (int i = 0; i < IMPORTS; i++) {
            byte[] file = TestData.importCsv("CONC-IMP-" + run + "-" + i + "-", 200, "并发导入店", 3_800_000_000L + i * 200L)
                    .getBytes(StandardCharsets.UTF_8);
            others.add(clients.submit(() -> {
                start.await();
                return mvc.perform(post("/api/v1/complaints/import").with(user("staff").roles("STAFF"))
                        .contentType("text/csv").content(file)).andReturn();
            }));
        }
        for (int i = 0; i < SIGNERS; i++) {
            others.add(clients.submit(() -> {
                start.await();
                return mvc.perform(post("/api/v1/agreements/" + draft.id() + "/signatures")
                        .with(user("staff").roles("STAFF")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"party\":\"CONSUMER\",\"signerName\":\"王芳\",\"capacity\":\"本人\","
                                + "\"method\":\"ONE_TIME_CODE\",\"code\":\"000000x\"}")).andReturn();
            }));
        }
        start.countDown();
        clients.shutdown();
        // A guard against a freeze, not a speed target: the whole burst takes a few seconds here.
        assertThat(clients.awaitTermination(120, TimeUnit.SECONDS)).as("all clients finished").isTrue();

        for (Future<MvcResult> filing : filings) {
            MvcResult result = filing.get();
            assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString())
                    .isEqualTo(201);
            String location = result.getResponse().getHeader("Location");
            assertThat(mvc.perform(get(location).with(user("staff").roles("STAFF"))).andReturn().getResponse()
                    .getStatus()).isEqualTo(200);
        }
        // A wrong code is refused while checks remain (400) and once they are used up (409); it never signs.
        for (Future<MvcResult> signing : others.subList(IMPORTS, others.size())) {
            assertThat(signing.get().getResponse().getStatus()).isIn(400, 409);
        }
        for (int i = 0; i < IMPORTS; i++) {
            assertThat(others.get(i).get().getResponse().getStatus()).isEqualTo(200);
            assertThat(others.get(i).get().getResponse().getContentAsString()).contains("\"imported\":200");
        }
    }
}
