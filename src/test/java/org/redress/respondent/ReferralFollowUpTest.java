package org.redress.respondent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.EvidenceService;
import org.redress.complaint.EvidenceType;
import org.redress.merchant.MerchantSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * After the referral: the respondent answers with files through the API, staff find the files with the case's
 * evidence, record what the consumer says of the answer and take the next step; a case closes as settled only on
 * the consumer's word.
 */
@RedressTest
@WithMockUser(username = "staff", roles = "STAFF")
class ReferralFollowUpTest {

    private static final String PASSWORD = "Answer-Within-10-Days!";
    private static final RequestPostProcessor STAFF = user("staff").roles("STAFF");
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    ComplaintService complaints;
    @Autowired
    Referrals referrals;
    @Autowired
    RespondentDirectory respondents;
    @Autowired
    EvidenceService evidence;
    @Autowired
    AuditService audit;
    @Autowired
    TestData data;

    private record Setup(String caseNumber, long referral, String account) {
    }

    private Setup referred(String shopName) {
        MerchantSummary shop = TestData.asUserGet("staff", "STAFF",
                () -> data.merchant(shopName + SEQ.incrementAndGet() + System.nanoTime() % 10_000));
        String account = "follow-" + SEQ.get() + "-" + System.nanoTime() % 100_000;
        TestData.asAdmin(() -> respondents.create(new NewRespondent(RespondentKind.MERCHANT, List.of(shop.id()),
                null, null, null, account, PASSWORD)));
        return TestData.asUserGet("staff", "STAFF", () -> {
            String caseNumber = complaints.file(TestData.draft(shop.id())).caseNumber();
            long referral = referrals.refer(caseNumber, RespondentKind.MERCHANT, "请核实", null).id();
            return new Setup(caseNumber, referral, account);
        });
    }

    private static MockMultipartFile file(String name, String type, String text) {
        return new MockMultipartFile("attachments", name, type, text.getBytes(StandardCharsets.UTF_8));
    }

    private String caseStatus(String caseNumber) {
        return TestData.asUserGet("staff", "STAFF", () -> complaints.get(caseNumber).status().name());
    }

    @Test
    void anAnswerWithFilesReachesTheCaseAndTheCaseClosesOnlyOnTheConsumersWord() throws Exception {
        Setup s = referred("答复附件测试店");
        String url = "/api/v1/referrals/" + s.referral() + "/response";
        RequestPostProcessor shop = httpBasic(s.account(), PASSWORD);
        mvc.perform(post("/api/v1/referrals/" + s.referral() + "/next-step").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"step\":\"MEDIATION\"}").with(STAFF))
                .andExpect(status().isConflict());
        mvc.perform(multipart(url).file(file("退款脚本.exe", "application/octet-stream", "MZ"))
                        .param("code", "CLOSED_WITH_MONETARY_RELIEF").param("message", "已退款").with(shop))
                .andExpect(status().is4xxClientError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        var six = multipart(url).param("code", "CLOSED_WITH_MONETARY_RELIEF").param("message", "已退款");
        for (int i = 0; i < 6; i++) {
            six.file(file("凭证" + i + ".pdf", "application/pdf", "%PDF-1.4 " + i));
        }
        mvc.perform(six.with(shop)).andExpect(status().isConflict());
        mvc.perform(multipart(url).param("code", "NOT_A_CODE").with(shop)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.code").exists());
        mvc.perform(multipart(url).param("code", "CLOSED_WITH_MONETARY_RELIEF").param("amountOffered", "一百")
                        .with(shop))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.amountOffered").exists());

        mvc.perform(multipart(url).file(file("退款凭证.pdf", "application/pdf", "%PDF-1.4 退款 1299 元"))
                        .param("code", "CLOSED_WITH_MONETARY_RELIEF").param("message", "已原路退回 1299 元")
                        .param("amountOffered", "1299.00").with(shop))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ANSWERED"))
                .andExpect(jsonPath("$.responses[0].attachments[0].name").value("退款凭证.pdf"));
        assertThat(TestData.asUserGet("staff", "STAFF", () -> evidence.list(s.caseNumber()))).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EvidenceType.RESPONDENT_REPLY);
            assertThat(e.originalName()).isEqualTo("退款凭证.pdf");
        });

        String confirmation = "/api/v1/referrals/" + s.referral() + "/confirmation";
        mvc.perform(post(confirmation).contentType(MediaType.APPLICATION_JSON).content("{\"settled\":true}")
                        .with(shop))
                .andExpect(status().isForbidden());
        mvc.perform(post(confirmation).contentType(MediaType.APPLICATION_JSON).content("{}").with(STAFF))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.settled").exists());
        String nextStep = "/api/v1/referrals/" + s.referral() + "/next-step";
        mvc.perform(post(confirmation).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"settled\":false,\"note\":\"电话回访：尚未到账\"}").with(STAFF))
                .andExpect(status().isOk()).andExpect(jsonPath("$.consumerSettled").value(false));
        mvc.perform(post(nextStep).contentType(MediaType.APPLICATION_JSON).content("{\"step\":\"CLOSE\"}")
                        .with(STAFF))
                .andExpect(status().isConflict());
        mvc.perform(post(confirmation).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"settled\":true,\"note\":\"电话回访：已到账，同意结案\"}").with(STAFF))
                .andExpect(status().isOk()).andExpect(jsonPath("$.consumerSettled").value(true));
        mvc.perform(post(nextStep).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"step\":\"CLOSE\",\"reason\":\"商家已退款，消费者确认\"}").with(STAFF))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nextStep").value("CLOSE"));
        assertThat(caseStatus(s.caseNumber())).isEqualTo(ComplaintStatus.CLOSED.name());
        ComplaintDetails closed = TestData.asUserGet("staff", "STAFF", () -> complaints.get(s.caseNumber()));
        assertThat(TestData.asUserGet("staff", "STAFF", () -> audit.timeline(AuditSubject.COMPLAINT, closed.id())))
                .extracting(r -> r.action())
                .contains("EVIDENCE_ADDED", "REFERRAL_ANSWERED", "REFERRAL_CONFIRMED", "REFERRAL_DECIDED");
    }

    @Test
    void mediationAndEscalationTakeTheCasesOwnSteps() throws Exception {
        Setup toMediation = referred("下一步调解测试店");
        TestData.asUser(toMediation.account(), "RESPONDENT", () -> referrals.respond(toMediation.referral(),
                ResponseCode.CLOSED_WITH_EXPLANATION, "商品符合描述，不同意退款", null));
        mvc.perform(post("/api/v1/referrals/" + toMediation.referral() + "/next-step")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"step\":\"MEDIATION\",\"reason\":\"双方各执一词\"}").with(STAFF))
                .andExpect(status().isOk());
        assertThat(caseStatus(toMediation.caseNumber())).isEqualTo(ComplaintStatus.IN_MEDIATION.name());

        Setup toCourt = referred("下一步移交测试店");
        TestData.asUser(toCourt.account(), "RESPONDENT", () -> referrals.respond(toCourt.referral(),
                ResponseCode.CLOSED_WITH_EXPLANATION, "不予处理", null));
        String nextStep = "/api/v1/referrals/" + toCourt.referral() + "/next-step";
        mvc.perform(post(nextStep).contentType(MediaType.APPLICATION_JSON).content("{\"step\":\"ESCALATION\"}")
                        .with(STAFF))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.escalationTarget").exists());
        mvc.perform(post(nextStep).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"step\":\"ESCALATION\",\"escalationTarget\":\"REGULATOR\",\"reason\":\"涉嫌虚假宣传\"}")
                        .with(STAFF))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nextStep").value("ESCALATION"));
        assertThat(caseStatus(toCourt.caseNumber())).isEqualTo(ComplaintStatus.ESCALATED.name());
    }
}
