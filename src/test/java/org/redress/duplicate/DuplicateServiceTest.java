package org.redress.duplicate;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.PaymentMethod;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Duplicate candidates of a complaint: a word-for-word copy filed against the platform's customer service by e-mail,
 * a reworded re-filing by the same phone, and another consumer's complaint about the same shop written from the same
 * phrases (not a duplicate).
 */
@RedressTest
@WithMockUser(username = "staff", roles = "STAFF")
class DuplicateServiceTest {

    static final String ORIGINAL = "重复检测：我在杭州，3月5日收到的货。直播间说是纯羊毛大衣，收到后发现是化纤面料，"
            + "商家一直拖延不处理退货退款，客服说要等主管审核，已经过了12天。";
    static final String REWORDED = "麻烦尽快处理。重复检测：我在杭州，3月5日拿到的货。直播间说是纯羊毛大衣，拿到后看到是化纤面料，"
            + "卖家始终拖延不解决退货退钱，售后说要等主管审核，都过了12天。";
    static final String OTHER_CONSUMER = "重复检测：我在成都，4月9日收到的货。直播间说是纯羊毛大衣，收到后发现是化纤面料，"
            + "商家一直拖延不处理退货退款，客服说要等主管审核，已经过了20天。";
    static String original;
    static String copy;
    static String reworded;
    static String otherConsumer;

    @Autowired
    DuplicateService duplicates;
    @Autowired
    DuplicateScan scan;
    @Autowired
    ComplaintService complaints;
    @Autowired
    MerchantService merchants;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void fixture() {
        if (original != null) {
            return;
        }
        MerchantSummary shop = merchants.create(new NewMerchant("重复检测服饰直播间", "DOUYIN", "DY-DUP-1"));
        MerchantSummary service = merchants.create(new NewMerchant("重复检测抖音客服", "DOUYIN", "DY-DUP-CS"));
        original = file(shop, "13611112222", null, "DD-DUP-0001", ORIGINAL);
        copy = file(service, null, "buyer@example.cn", null, ORIGINAL);
        reworded = file(shop, "13611112222", null, null, REWORDED);
        otherConsumer = file(shop, "13633334444", null, "DD-DUP-0002", OTHER_CONSUMER);
    }

    private String file(MerchantSummary merchant, String phone, String email, String order, String narrative) {
        return complaints.file(new ComplaintDraft(null, LocalDate.now().minusDays(2), Channel.WEB, "顾客", phone, email,
                "浙江", "杭州", merchant.id(), "DOUYIN", order, null, null, new BigDecimal("899.00"),
                new BigDecimal("899.00"), PaymentMethod.BUY_NOW_PAY_LATER, Category.FALSE_ADVERTISING, narrative, true,
                false)).caseNumber();
    }

    @Test
    void findsTheCopyAndTheReFilingButNotAnotherConsumer() {
        List<DuplicateCandidate> found = duplicates.candidates(original);
        assertThat(found).extracting(DuplicateCandidate::caseNumber).containsExactlyInAnyOrder(copy, reworded);
        assertThat(found).filteredOn(c -> c.caseNumber().equals(copy)).singleElement()
                .satisfies(c -> assertThat(c.reasons()).containsExactly(DuplicateReason.NEAR_IDENTICAL_TEXT));
        assertThat(found).filteredOn(c -> c.caseNumber().equals(reworded)).singleElement()
                .satisfies(c -> assertThat(c.reasons()).contains(DuplicateReason.SAME_CONSUMER,
                        DuplicateReason.SAME_MERCHANT));
        assertThat(found).allMatch(c -> c.score() >= DuplicateSettings.DEFAULT_THRESHOLD);
    }

    @Test
    void theIntakeFormSeesDuplicatesBeforeSaving() {
        ComplaintDraft draft = new ComplaintDraft(null, LocalDate.now(), Channel.PHONE, "顾客", "13611112222", null,
                "浙江", "杭州", null, "DOUYIN", null, null, null, BigDecimal.ONE, BigDecimal.ONE, PaymentMethod.CARD,
                Category.FALSE_ADVERTISING, ORIGINAL, true, false);
        assertThat(duplicates.candidatesForDraft(draft)).extracting(DuplicateCandidate::caseNumber)
                .contains(original, copy, reworded);
    }

    /** Every queued pair: other tests file look-alike complaints too, so the pairs here need not be on page one. */
    private List<QueueEntry> wholeQueue() {
        List<QueueEntry> all = new ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            List<QueueEntry> page = duplicates.queue(offset, 100);
            all.addAll(page);
            if (page.isEmpty()) {
                return all;
            }
        }
    }

    @Test
    void newComplaintsJoinTheQueueAndADismissalSticksThroughAFullPass() throws InterruptedException {
        // New complaints join the queue after their commit, on another thread (the event publication registry).
        List<QueueEntry> queue = await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(this::wholeQueue, q -> q.stream().anyMatch(e -> involves(e, original, reworded)));
        QueueEntry pair = queue.stream().filter(e -> involves(e, original, reworded)).findFirst().orElseThrow();
        assertThat(queue).noneMatch(e -> involves(e, original, otherConsumer));

        duplicates.dismiss(pair.pairId());
        assertThat(wholeQueue()).noneMatch(e -> involves(e, original, reworded));

        scan.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (scan.progress().running() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(scan.progress().phase()).isEqualTo("done");
        assertThat(scan.progress().pairsFound()).isPositive();
        List<QueueEntry> after = wholeQueue();
        assertThat(after).anyMatch(e -> involves(e, original, copy));
        assertThat(after).noneMatch(e -> involves(e, original, reworded));
    }

    @Test
    void theApiListsCandidatesWithScoreAndReasons() throws Exception {
        mvc.perform(get("/api/v1/complaints/" + original + "/duplicates").with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].caseNumber").exists())
                .andExpect(jsonPath("$[0].externalId").hasJsonPath())
                .andExpect(jsonPath("$[0].score").isNumber())
                .andExpect(jsonPath("$[0].reasons").isArray());
    }

    private static boolean involves(QueueEntry e, String a, String b) {
        return (e.first().caseNumber().equals(a) && e.second().caseNumber().equals(b))
                || (e.first().caseNumber().equals(b) && e.second().caseNumber().equals(a));
    }
}
