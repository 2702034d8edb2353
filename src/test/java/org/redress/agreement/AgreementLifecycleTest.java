package org.redress.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.complaint.CaseWorkflow;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.merchant.MerchantSummary;
import org.redress.security.AccountProvisioning;
import org.redress.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Drafting, versions, signing, the freeze with its hash, amendments, obligation tracking and who may do what. */
@RedressTest
@WithMockUser(username = "mediator", roles = "MEDIATOR")
class AgreementLifecycleTest {

    @Autowired
    AgreementQueries agreements;
    @Autowired
    AgreementDrafting drafting;
    @Autowired
    AgreementSigning signing;
    @Autowired
    AgreementObligations tracking;
    @Autowired
    ComplaintService complaints;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    TestData data;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    MockMvc mvc;

    private String newCase(String merchantName) {
        MerchantSummary merchant = data.merchant(merchantName);
        return complaints.file(TestData.draft(merchant.id())).caseNumber();
    }

    private static List<ObligationLine> refundOf(String... amounts) {
        return Arrays.stream(amounts).map(a -> new ObligationLine("MERCHANT", "CONSUMER",
                ObligationKind.REFUND, new BigDecimal(a), LocalDate.now().plusDays(7), "退还货款")).toList();
    }

    @Test
    void aDraftIsVersionedThenSignedAndFrozenWithItsHash() throws Exception {
        String caseNumber = newCase("协议测试数码店");
        AgreementDetails draft = drafting.draft(new AgreementDraft(caseNumber, null, null, null,
                refundOf("0.10", "0.20")));
        assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(draft.recitals()).contains("投诉");
        assertThat(draft.moneyTotal()).isEqualByComparingTo("0.30");
        assertThat(draft.parties()).extracting(AgreementDetails.Party::party)
                .containsExactly("CONSUMER", "MERCHANT", "MEDIATOR");

        List<ObligationLine> revised = new ArrayList<>(refundOf("1299.00"));
        revised.add(new ObligationLine("PLATFORM", "CONSUMER", ObligationKind.COMPENSATION, new BigDecimal("100.00"),
                LocalDate.now().plusDays(14), "平台先行赔付"));
        AgreementDetails second = drafting.update(draft.id(), new AgreementDraft(caseNumber, null, null,
                "双方同意以下条款。", revised));
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.parties()).extracting(AgreementDetails.Party::party).contains("PLATFORM");
        assertThat(second.perCreditor()).containsEntry("CONSUMER", new BigDecimal("1399.00"));
        assertThat(agreements.versions(draft.id())).hasSize(2)
                .satisfies(v -> assertThat(v.get(0)).contains("0.10").doesNotContain("1299.00"));

        for (String party : List.of("CONSUMER", "MERCHANT", "PLATFORM")) {
            assertThat(signing.sign(draft.id(), party, "签署人" + party, "本人", SignatureMethod.IN_PERSON)
                    .status()).isEqualTo(AgreementStatus.DRAFT);
        }
        AgreementDetails binding = signing.sign(draft.id(), "MEDIATOR", "王律", "调解员",
                SignatureMethod.IN_PERSON);
        assertThat(binding.status()).isEqualTo(AgreementStatus.BINDING);
        assertThat(binding.sha256()).hasSize(64)
                .isEqualTo(CanonicalContent.sha256(agreements.canonicalContent(draft.id())));

        assertThatThrownBy(() -> drafting.update(draft.id(), new AgreementDraft(caseNumber, null, null, "改了",
                refundOf("1.00")))).isInstanceOf(BusinessRuleException.class).hasMessageContaining("binding");
        assertThatThrownBy(() -> signing.sign(draft.id(), "CONSUMER", "又签", "本人", SignatureMethod.IN_PERSON))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(agreements.get(draft.id()).sha256()).isEqualTo(binding.sha256());
        assertThat(agreements.get(draft.id()).moneyTotal()).isEqualByComparingTo("1399.00");

        AgreementDetails tracked = tracking.fulfil(draft.id(), 1, LocalDate.now(), "转账凭证 20261123");
        assertThat(tracked.obligations().getFirst().status()).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(tracked.sha256()).as("tracking does not change the agreed content").isEqualTo(binding.sha256());
        assertThat(CanonicalContent.sha256(agreements.canonicalContent(draft.id()))).isEqualTo(binding.sha256());

        String text = PdfText.of(agreements.pdf(draft.id()));
        assertThat(text).contains("人民调解协议书", "签署人CONSUMER", "王律", "1,299.00", "100.00", "1,399.00",
                binding.sha256(), caseNumber);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/agreement-sample.pdf"), agreements.pdf(draft.id()));

        AgreementDetails amendment = drafting.amend(draft.id());
        assertThat(amendment.amends()).isEqualTo(draft.id());
        assertThat(amendment.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(amendment.obligations()).allMatch(o -> o.status() == ObligationStatus.PENDING);
    }

    @Autowired
    OverdueObligations overdue;

    @Test
    void theNightlyJobMarksPassedDueDatesOverdueAndTrackingGoesOn() {
        String caseNumber = newCase("协议逾期测试店");
        LocalDate today = LocalDate.of(2026, 11, 23);
        AgreementDetails draft = drafting.draft(new AgreementDraft(caseNumber, null, null, null, List.of(
                new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.REFUND, new BigDecimal("80.00"),
                        today.minusDays(1), "退款"),
                new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.APOLOGY, null, today, "书面道歉"))));
        for (String party : List.of("CONSUMER", "MERCHANT", "MEDIATOR")) {
            signing.sign(draft.id(), party, "某某", "本人", SignatureMethod.IN_PERSON);
        }
        overdue.markOverdue(today);
        AgreementDetails after = agreements.get(draft.id());
        assertThat(after.obligations()).extracting(AgreementDetails.Line::status)
                .containsExactly(ObligationStatus.OVERDUE, ObligationStatus.PENDING);
        assertThat(overdue.markOverdue(today)).as("running again changes nothing").isZero();

        assertThatThrownBy(() -> tracking.waive(draft.id(), 2, " "))
                .isInstanceOf(InvalidInputException.class);
        assertThat(tracking.waive(draft.id(), 2, "消费者不再要求道歉").obligations().get(1).status())
                .isEqualTo(ObligationStatus.WAIVED);
        assertThat(tracking.fulfil(draft.id(), 1, today.minusDays(1), "迟到的转账").obligations().getFirst()
                .status()).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(agreements.get(draft.id()).sha256()).isEqualTo(after.sha256());
    }

    @Test
    void badDraftsAreRefusedFieldByField() {
        String caseNumber = newCase("协议校验测试店");
        assertThatThrownBy(() -> drafting.draft(new AgreementDraft(caseNumber, null, null, null, List.of(
                new ObligationLine("NOBODY", "CONSUMER", ObligationKind.REFUND, null, null, null),
                new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.REFUND, new BigDecimal("1.234"), null,
                        null)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKeys(
                        "obligations[0].debtor", "obligations[0].amount", "obligations[1].amount"));
        assertThatThrownBy(() -> drafting.draft(new AgreementDraft(caseNumber, 1L, null, null, refundOf("1"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void staffDoNotDraftAgreements() {
        String caseNumber = newCase("协议权限测试店");
        assertThatThrownBy(() -> drafting.draft(new AgreementDraft(caseNumber, null, null, null, refundOf("5"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onceACaseHasItsMediatorOtherMediatorsMayNotDraft() {
        accounts.ensureAccount("case-mediator", "本案调解员", "long-enough-password", Set.of(Role.MEDIATOR));
        String caseNumber = newCase("协议指定调解员测试店");
        workflow.assign(caseNumber, "case-mediator");
        assertThatThrownBy(() -> drafting.draft(new AgreementDraft(caseNumber, null, null, null, refundOf("5"))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("case-mediator");
    }

    @Test
    void aClosedCaseGetsNoAgreementAndTheRefusalNamesItsState() throws Exception {
        String caseNumber = newCase("已驳回协议测试店");
        workflow.transition(caseNumber, ComplaintStatus.REJECTED, "不属于受理范围", null);
        mvc.perform(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseNumber\":\"" + caseNumber + "\",\"obligations\":[{\"debtor\":\"MERCHANT\","
                                + "\"creditor\":\"CONSUMER\",\"kind\":\"APOLOGY\"}]}")
                        .with(user("mediator").roles("MEDIATOR")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(Matchers.containsString("不予受理")))
                .andExpect(jsonPath("$.code").value("error.agreement.agreementDraftedOnlyOpen"));
    }

    @Test
    void theApiFollowsTheContract() throws Exception {
        String caseNumber = newCase("协议接口测试店");
        String body = "{\"caseNumber\":\"" + caseNumber + "\",\"recitals\":\"经调解达成协议\",\"obligations\":[{"
                + "\"debtor\":\"MERCHANT\",\"creditor\":\"CONSUMER\",\"kind\":\"REFUND\",\"amount\":499.00,"
                + "\"dueDate\":\"" + LocalDate.now().plusDays(10) + "\",\"description\":\"退款\"}]}";
        String created = mvc.perform(post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(user("mediator").roles("MEDIATOR")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.parties[0].party").value("CONSUMER"))
                .andExpect(jsonPath("$.parties[0].role").value("CONSUMER"))
                .andExpect(jsonPath("$.parties[0].signed").value(false))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        for (String party : List.of("CONSUMER", "MERCHANT", "MEDIATOR")) {
            mvc.perform(post("/api/v1/agreements/" + id + "/signatures").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"party\":\"" + party + "\",\"signerName\":\"某某\",\"capacity\":\"本人\","
                                    + "\"method\":\"IN_PERSON\"}").with(user("mediator").roles("MEDIATOR")))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/agreements/" + id).with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("BINDING"))
                .andExpect(jsonPath("$.sha256").isString())
                .andExpect(jsonPath("$.obligations[0].amount").value(499.0));
        mvc.perform(put("/api/v1/agreements/" + id).contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(user("mediator").roles("MEDIATOR")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/agreements/" + id + "/obligations/1/fulfilment")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + LocalDate.now() + "\",\"note\":\"已到账\"}")
                        .with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.obligations[0].status").value("FULFILLED"));
        mvc.perform(post("/api/v1/agreements/" + id + "/amendments").with(user("mediator").roles("MEDIATOR")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amends").value(id));
        mvc.perform(get("/api/v1/agreements/" + id).with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isForbidden());
    }
}
