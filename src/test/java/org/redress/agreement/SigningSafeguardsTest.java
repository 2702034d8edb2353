package org.redress.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.base.BusinessRuleException;
import org.redress.complaint.ComplaintService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Nobody makes an agreement binding alone: a code-signature needs the code the party received, wrong codes run out
 * for good (also when attempted all at once, also across re-issued codes), and signatures in person are recorded
 * only by the agreement's mediator.
 */
@RedressTest
@WithMockUser(username = "mediator", roles = "MEDIATOR")
class SigningSafeguardsTest {

    @Autowired
    AgreementQueries agreements;
    @Autowired
    AgreementDrafting drafting;
    @Autowired
    AgreementSigning signing;
    @Autowired
    ComplaintService complaints;
    @Autowired
    TestData data;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private AgreementDetails draft() {
        String caseNumber = complaints.file(TestData.draft(data.merchant("签署保护店" + System.nanoTime()).id()))
                .caseNumber();
        return drafting.draft(new AgreementDraft(caseNumber, null, null, null, List.of(new ObligationLine(
                "MERCHANT", "CONSUMER", ObligationKind.REFUND, new BigDecimal("88.00"), LocalDate.now().plusDays(9),
                "退款")), List.of(new PartyParticulars("MERCHANT", null, null, "13900139000", null, null))));
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @Test
    void aCodeSignatureWithoutTheCodeIsRefusedWith400() throws Exception {
        AgreementDetails draft = draft();
        mvc.perform(post("/api/v1/agreements/" + draft.id() + "/signatures").with(user("staff2").roles("STAFF"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"party\":\"CONSUMER\",\"signerName\":\"王芳\",\"capacity\":\"本人\","
                                + "\"method\":\"ONE_TIME_CODE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.code").exists());
        assertThat(TestData.asAdminGet(() -> agreements.get(draft.id())).parties())
                .noneMatch(AgreementDetails.Party::signed);
    }

    @Test
    void staffRecordNeitherInPersonSignaturesNorTheMediators() throws Exception {
        AgreementDetails draft = draft();
        for (String party : List.of("CONSUMER", "MERCHANT", "MEDIATOR")) {
            mvc.perform(post("/api/v1/agreements/" + draft.id() + "/signatures").with(user("staff2").roles("STAFF"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"party\":\"" + party + "\",\"signerName\":\"某某\",\"capacity\":\"本人\","
                                    + "\"method\":\"IN_PERSON\"}"))
                    .andExpect(status().isForbidden());
        }
        AgreementDetails after = TestData.asAdminGet(() -> agreements.get(draft.id()));
        assertThat(after.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(after.parties()).noneMatch(AgreementDetails.Party::signed);
    }

    @Test
    @WithMockUser(username = "mediator2", roles = "MEDIATOR")
    void anotherMediatorCannotSignAsTheAgreementsMediator() {
        AgreementDetails draft = mediatorsDraft();
        assertThatThrownBy(() -> signing.sign(draft.id(), "MEDIATOR", "陈杰", "调解员", SignatureMethod.IN_PERSON))
                .isInstanceOf(AccessDeniedException.class);
    }

    private AgreementDetails mediatorsDraft() {
        AgreementDetails[] made = new AgreementDetails[1];
        TestData.asUser("mediator", "MEDIATOR", () -> made[0] = draft());
        return made[0];
    }

    @Test
    void aHundredConcurrentWrongCodesGetAtMostFiveChecks() throws Exception {
        AgreementDetails draft = draft();
        signing.issueSigningCode(draft.id(), "CONSUMER");
        String code = data.lastCodeTo("13800138000");
        String body = "{\"party\":\"CONSUMER\",\"signerName\":\"王芳\",\"capacity\":\"本人\","
                + "\"method\":\"ONE_TIME_CODE\",\"code\":\"" + wrong(code) + "\"}";
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<MvcResult>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            answers.add(pool.submit(() -> mvc.perform(post("/api/v1/agreements/" + draft.id() + "/signatures")
                    .with(user("staff").roles("STAFF")).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andReturn()));
        }
        int mismatches = 0;
        for (Future<MvcResult> answer : answers) {
            MvcResult result = answer.get();
            assertThat(result.getResponse().getStatus()).isIn(400, 409);
            if (result.getResponse().getContentAsString(StandardCharsets.UTF_8)
                    .contains("does not match")) {
                mismatches++;
            }
        }
        pool.shutdown();
        assertThat(mismatches).as("codes actually compared").isLessThanOrEqualTo(SigningCodes.MAX_ATTEMPTS);
        assertThat(jdbc.queryForObject("select attempts from agreement_signing_code where agreement_id = ?"
                + " and party = 'CONSUMER'", Integer.class, draft.id())).isEqualTo(SigningCodes.MAX_ATTEMPTS);
        TestData.asUser("mediator", "MEDIATOR", () -> assertThatThrownBy(() -> signing.sign(draft.id(),
                "CONSUMER", "王芳", "本人", SignatureMethod.ONE_TIME_CODE, code))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Too many wrong codes"));
    }

    @Test
    void reIssuingACodeNeitherForgivesWrongCodesNorHappensMoreThanFourTimesAnHour() {
        AgreementDetails draft = draft();
        signing.issueSigningCode(draft.id(), "MERCHANT");
        String first = data.lastCodeTo("13900139000");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signing.sign(draft.id(), "MERCHANT", "店主", "负责人",
                    SignatureMethod.ONE_TIME_CODE, wrong(first))).hasMessageContaining("does not match");
        }
        signing.issueSigningCode(draft.id(), "MERCHANT");
        String second = data.lastCodeTo("13900139000");
        assertThatThrownBy(() -> signing.sign(draft.id(), "MERCHANT", "店主", "负责人",
                SignatureMethod.ONE_TIME_CODE, wrong(second))).hasMessageContaining("(1 attempts left)");
        signing.issueSigningCode(draft.id(), "MERCHANT");
        signing.issueSigningCode(draft.id(), "MERCHANT");
        assertThatThrownBy(() -> signing.issueSigningCode(draft.id(), "MERCHANT"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("codes an hour");
    }
}
