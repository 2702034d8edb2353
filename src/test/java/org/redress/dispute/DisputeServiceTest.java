package org.redress.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.audit.AuditRecord;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.complaint.CaseMerging;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.MergeRequest;
import org.redress.complaint.PaymentMethod;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Class disputes: suggestion, creation, membership rules, consent ledger, timelines, export and API. */
@RedressTest
@WithMockUser(username = "mediator", roles = "MEDIATOR")
class DisputeServiceTest {

    @Autowired
    DisputeService disputes;
    @Autowired
    DisputeMembers members;
    @Autowired
    DisputeConsents consents;
    @Autowired
    DisputeMemberExport export;
    @Autowired
    ComplaintService complaints;
    @Autowired
    CaseMerging merging;
    @Autowired
    MerchantService merchants;
    @Autowired
    AuditService audit;
    @Autowired
    MockMvc mvc;

    private String file(MerchantSummary merchant, String phone, String amount, Category category) {
        return complaints.file(new ComplaintDraft(null, LocalDate.now().minusDays(3), Channel.WEB, "集体顾客" + phone,
                phone, null, "河南", "郑州", merchant.id(), merchant.platformCode(), null, null, null,
                new BigDecimal(amount), new BigDecimal(amount), PaymentMethod.BUY_NOW_PAY_LATER, category,
                "集体纠纷测试：" + phone + " 先用后付买的电视一直没有发货，商家跑路。", true, false)).caseNumber();
    }

    @Test
    void aClusterBecomesADisputeAndConsentDecidesWhoIsBound() throws Exception {
        MerchantSummary shop = merchants.create(new NewMerchant("集体纠纷测试电器店", "KUAISHOU", "KS-CLASS-1"));
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            cases.add(file(shop, "1380000100" + i, "1000.50", Category.NOT_DELIVERED));
        }
        String merged = file(shop, "13800001000", "1000.50", Category.NOT_DELIVERED);
        merging.merge(cases.getFirst(), MergeRequest.of(merged));
        String otherProblem = file(shop, "13800001009", "20.00", Category.DEFECTIVE_OR_COUNTERFEIT);

        DisputeSuggestion suggestion = disputes.suggestions(200).stream()
                .filter(s -> s.merchantId() == shop.id()).findFirst().orElseThrow();
        assertThat(suggestion.category()).isEqualTo(Category.NOT_DELIVERED);
        assertThat(suggestion.complaints()).isEqualTo(4);
        assertThat(suggestion.totalClaimed()).isEqualByComparingTo("4002.00");

        DisputeDetails dispute = disputes.createFromSuggestion(suggestion, "电器店未发货集体纠纷");
        assertThat(dispute.complaintCaseNumbers()).containsExactlyInAnyOrderElementsOf(cases);
        assertThat(dispute.members()).isEqualTo(4);
        assertThat(dispute.consumers()).isEqualTo(4);
        assertThat(dispute.amountClaimed()).isEqualByComparingTo("4002.00");
        assertThat(dispute.byPaymentMethod()).containsEntry(PaymentMethod.BUY_NOW_PAY_LATER, 4L);
        assertThat(disputes.suggestions(200)).as("no second dispute against the merchant is proposed")
                .filteredOn(s -> s.merchantId() == shop.id()).allSatisfy(s -> {
                    assertThat(s.existingDisputeId()).isEqualTo(dispute.id());
                    assertThat(s.category()).isEqualTo(Category.DEFECTIVE_OR_COUNTERFEIT);
                });

        long id = dispute.id();
        assertThatThrownBy(() -> disputes.create(new NewDispute("第二个", shop.id(), null, null, null,
                List.of(cases.get(1))))).isInstanceOf(BusinessRuleException.class).hasMessageContaining("already in");
        assertThatThrownBy(() -> members.add(id, List.of(merged)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("merged duplicate");
        members.add(id, List.of(otherProblem));
        members.remove(id, otherProblem);

        LocalDate today = LocalDate.now();
        consents.record(id, cases.get(0), ConsentDecision.GIVEN, today, Channel.PHONE);
        consents.record(id, cases.get(1), ConsentDecision.GIVEN, today, Channel.WEB);
        consents.record(id, cases.get(2), ConsentDecision.REFUSED, today, Channel.PHONE);
        assertThat(members.consenting(id)).containsExactlyInAnyOrder(cases.get(0), cases.get(1));
        consents.record(id, cases.get(1), ConsentDecision.WITHDRAWN, today, Channel.LETTER);
        assertThat(members.consenting(id)).containsExactly(cases.get(0));
        assertThat(disputes.get(id).consent()).containsEntry("GIVEN", 1L).containsEntry("WITHDRAWN", 1L)
                .containsEntry("REFUSED", 1L).containsEntry("NONE", 1L);

        disputes.changeStatus(id, DisputeStatus.IN_MEDIATION, disputes.get(id).version());
        assertThat(timeline(cases.get(3))).contains("ADDED_TO_DISPUTE", "DISPUTE_STATUS");
        assertThat(timeline(cases.get(1))).contains("DISPUTE_CONSENT");
        assertThat(timeline(otherProblem)).contains("ADDED_TO_DISPUTE", "REMOVED_FROM_DISPUTE");

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        export.write(id, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFcaseNumber,consumerName");
        assertThat(text.lines().count()).isEqualTo(5);
        assertThat(text).contains(cases.get(0) + ",").contains("GIVEN");
        ByteArrayOutputStream chinese = new ByteArrayOutputStream();
        export.write(id, chinese, Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese.toString(StandardCharsets.UTF_8)).startsWith("\uFEFF投诉编号,消费者").contains("同意")
                .doesNotContain("GIVEN", "PAY_LATER", "caseNumber");

        mvc.perform(get("/api/v1/disputes/" + id).with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("电器店未发货集体纠纷"))
                .andExpect(jsonPath("$.status").value("IN_MEDIATION"))
                .andExpect(jsonPath("$.complaintCaseNumbers.length()").value(4));
        mvc.perform(get("/api/v1/disputes/" + id).with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiCreatesADisputeAndRefusesAComplaintAlreadyInOne() throws Exception {
        MerchantSummary shop = merchants.create(new NewMerchant("集体纠纷接口测试店", "DOUYIN", "DY-CLASS-2"));
        String a = file(shop, "13800002001", "10.00", Category.MERCHANT_ABSCONDED);
        String b = file(shop, "13800002002", "20.00", Category.MERCHANT_ABSCONDED);
        String body = "{\"title\":\"跑路集体纠纷\",\"merchantId\":" + shop.id() + ",\"complaintCaseNumbers\":[\"" + a
                + "\",\"" + b + "\"]}";
        mvc.perform(post("/api/v1/disputes").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(user("staff").roles("STAFF")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.members").value(2))
                .andExpect(jsonPath("$.amountClaimed").value(30.0));
        mvc.perform(post("/api/v1/disputes").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(user("staff").roles("STAFF")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/disputes").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"merchantId\":" + shop.id() + "}").with(user("staff").roles("STAFF")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.title").exists());
        mvc.perform(get("/api/v1/disputes/suggestions").with(user("staff").roles("STAFF")))
                .andExpect(status().isOk());
    }

    private List<String> timeline(String caseNumber) {
        return audit.timeline(AuditSubject.COMPLAINT, complaints.get(caseNumber).id()).stream()
                .map(AuditRecord::action).toList();
    }
}
