package org.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.audit.AuditRecord;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.merchant.MerchantSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Merging duplicates into a surviving case and undoing it: nothing lost, everything restored, all audited. */
@RedressTest
@WithMockUser(username = "staff", roles = "STAFF")
class CaseMergingTest {

    @Autowired
    CaseMerging merging;
    @Autowired
    ComplaintService complaints;
    @Autowired
    EvidenceService evidence;
    @Autowired
    AuditService audit;
    @Autowired
    TestData data;
    @Autowired
    MockMvc mvc;

    private String file(MerchantSummary merchant, String phone, String amount, String narrative) {
        ComplaintDraft d = TestData.draft(merchant.id());
        return complaints.file(new ComplaintDraft(null, d.receivedAt(), d.channel(), d.consumerName(), phone,
                null, d.province(), d.city(), merchant.id(), d.platformCode(), null, null, d.purchaseDate(),
                new BigDecimal(amount), new BigDecimal(amount), d.paymentMethod(), d.category(), narrative, true,
                false)).caseNumber();
    }

    @Test
    void mergeKeepsEverythingAndUnmergeRestoresBothCasesExactly() {
        MerchantSummary shop = TestData.asAdminGet(() -> data.merchant("合并测试店"));
        String survivor = file(shop, "13700000001", "300.00", "直播间买的电饭煲不加热，商家不退款。");
        String duplicate = file(shop, "13700000001", "450.00", "电饭煲不加热，商家拒绝退款，我已经第二次投诉。");
        evidence.add(duplicate, EvidenceType.CHAT_LOG, "chat.txt",
                new ByteArrayInputStream("客服：不退".getBytes(StandardCharsets.UTF_8)));
        ComplaintStatus before = complaints.get(duplicate).status();
        LocalDate deadline = complaints.get(duplicate).deadlineOn();
        assertThat(deadline).isNotNull();

        ComplaintDetails merged = merging.merge(survivor, MergeRequest.of(duplicate));

        assertThat(merged.amountClaimed()).isEqualByComparingTo("450.00");
        ComplaintDetails folded = complaints.get(duplicate);
        assertThat(folded.status()).isEqualTo(ComplaintStatus.MERGED);
        assertThat(folded.deadlineOn()).as("a merged duplicate runs on the survivor's clock").isNull();
        assertThat(folded.narrative()).contains("第二次投诉");
        assertThat(evidence.list(duplicate)).hasSize(1);
        assertThat(merging.mergedInto(survivor)).extracting(MergedCase::caseNumber).containsExactly(duplicate);
        assertThat(actions(survivor)).contains("DUPLICATE_MERGED");
        assertThat(actions(duplicate)).contains("MERGED_INTO");

        merging.unmerge(survivor);

        assertThat(complaints.get(duplicate).status()).isEqualTo(before);
        assertThat(complaints.get(duplicate).deadlineOn()).isEqualTo(deadline);
        assertThat(complaints.get(survivor).amountClaimed()).isEqualByComparingTo("300.00");
        assertThat(merging.mergedInto(survivor)).isEmpty();
        assertThat(actions(survivor)).contains("DUPLICATE_UNMERGED");
        assertThat(actions(duplicate)).contains("UNMERGED");
    }

    @Test
    void theUserMayKeepTheSurvivorsOwnAmount() {
        MerchantSummary shop = TestData.asAdminGet(() -> data.merchant("合并金额测试店"));
        String survivor = file(shop, "13700000011", "100.00", "耳机有杂音。");
        String duplicate = file(shop, "13700000011", "900.00", "耳机有杂音，要求赔偿。");
        ComplaintDetails merged = merging.merge(survivor, new MergeRequest(List.of(duplicate), survivor, false, null,
                Map.of()));
        assertThat(merged.amountClaimed()).isEqualByComparingTo("100.00");
        merging.unmerge(duplicate);
        assertThat(complaints.get(duplicate).status()).isNotEqualTo(ComplaintStatus.MERGED);
    }

    @Test
    void badMergesAreRefusedWithAReason() {
        MerchantSummary shop = TestData.asAdminGet(() -> data.merchant("合并拒绝测试店"));
        MerchantSummary platform = TestData.asAdminGet(() -> data.merchant("合并拒绝测试平台客服"));
        String a = file(shop, "13700000021", "10.00", "甲");
        String b = file(shop, "13700000021", "20.00", "乙");
        String c = file(platform, "13700000021", "30.00", "丙");

        assertThatThrownBy(() -> merging.merge(a, MergeRequest.of(a)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("into itself");
        assertThatThrownBy(() -> merging.merge(a, MergeRequest.of(c)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("confirmation and a reason");
        long staleVersion = complaints.get(b).version() - 1;
        assertThatThrownBy(() -> merging.merge(a, new MergeRequest(List.of(b), null, false, null,
                Map.of(b, staleVersion))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Someone else changed");

        merging.merge(a, MergeRequest.of(b));
        assertThatThrownBy(() -> merging.merge(c, MergeRequest.of(b)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already merged into " + a);
        assertThatThrownBy(() -> merging.merge(b, MergeRequest.of(c)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("itself merged");

        ComplaintDetails across = merging.merge(a, new MergeRequest(List.of(c), null, true,
                "同一投诉分别向店铺和平台客服提交", Map.of()));
        assertThat(across.amountClaimed()).isEqualByComparingTo("30.00");
        assertThat(complaints.get(c).status()).isEqualTo(ComplaintStatus.MERGED);
    }

    @Test
    void twoUsersMergingTheSameDuplicateAtOnceCannotBothSucceed() throws Exception {
        MerchantSummary shop = TestData.asAdminGet(() -> data.merchant("并发合并测试店"));
        String first = file(shop, "13700000041", "10.00", "并发甲");
        String second = file(shop, "13700000041", "10.00", "并发乙");
        String contested = file(shop, "13700000041", "10.00", "并发丙");
        var pool = Executors.newFixedThreadPool(2);
        var start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (String survivor : List.of(first, second)) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    TestData.asAdmin(() -> merging.merge(survivor, MergeRequest.of(contested)));
                    return true;
                } catch (BusinessRuleException | OptimisticLockingFailureException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        long successes = 0;
        for (var outcome : outcomes) {
            successes += outcome.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(successes).isEqualTo(1);
        assertThat(complaints.get(contested).status()).isEqualTo(ComplaintStatus.MERGED);
        assertThat(merging.mergedInto(first).size() + merging.mergedInto(second).size()).isEqualTo(1);
    }

    @Test
    void opposingMergesAtTheSameMomentLeaveNoCycleAndASurvivor() throws Exception {
        MerchantSummary shop = TestData.asAdminGet(() -> data.merchant("对向合并测试店"));
        for (int trial = 0; trial < 10; trial++) {
            List<String> cases = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                cases.add(file(shop, "1370000005" + i, "10.00", "对向合并" + trial + "-" + i));
            }
            // Every case tries to absorb every other one, all at once: D<-E, E<-D, D<-F, F<-D, ...
            var pool = Executors.newFixedThreadPool(6);
            var start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (String survivor : cases) {
                for (String duplicate : cases) {
                    if (!survivor.equals(duplicate)) {
                        runs.add(pool.submit(() -> {
                            start.await();
                            try {
                                TestData.asAdmin(() -> merging.merge(survivor, MergeRequest.of(duplicate)));
                            } catch (BusinessRuleException
                                     | OptimisticLockingFailureException e) {
                                // refused: another merge got there first
                            }
                            return null;
                        }));
                    }
                }
            }
            start.countDown();
            for (var run : runs) {
                run.get();
            }
            pool.shutdown();
            List<ComplaintDetails> after = cases.stream().map(complaints::get).toList();
            assertThat(after).as("trial %d", trial).anyMatch(c -> c.status() != ComplaintStatus.MERGED);
            long merged = after.stream().filter(c -> c.status() == ComplaintStatus.MERGED).count();
            long heldBySurvivors = after.stream().filter(c -> c.status() != ComplaintStatus.MERGED)
                    .mapToLong(c -> merging.mergedInto(c.caseNumber()).size()).sum();
            assertThat(heldBySurvivors).as("every merged case is held by a case that is not merged itself")
                    .isEqualTo(merged);
        }
    }

    @Test
    void theApiMergesAndUnmerges() throws Exception {
        MerchantSummary shop = TestData.asAdminGet(() -> data.merchant("合并接口测试店"));
        String a = file(shop, "13700000031", "10.00", "接口甲");
        String b = file(shop, "13700000031", "20.00", "接口乙");
        mvc.perform(post("/api/v1/complaints/" + a + "/merge").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"duplicates\":[\"" + b + "\"]}").with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amountClaimed").value(20.0));
        mvc.perform(post("/api/v1/complaints/" + a + "/merge").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"duplicates\":[\"" + a + "\"]}").with(user("staff").roles("STAFF")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/complaints/" + b + "/unmerge").with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"));
        mvc.perform(post("/api/v1/complaints/" + a + "/unmerge").with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/complaints/" + a + "/duplicates").with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isForbidden());
    }

    private List<String> actions(String caseNumber) {
        return audit.timeline(AuditSubject.COMPLAINT, complaints.get(caseNumber).id()).stream()
                .map(AuditRecord::action).toList();
    }
}
