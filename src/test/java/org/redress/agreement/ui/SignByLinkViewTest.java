package org.redress.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementDraft;
import org.redress.agreement.AgreementDrafting;
import org.redress.agreement.AgreementQueries;
import org.redress.agreement.ObligationKind;
import org.redress.agreement.ObligationLine;
import org.redress.agreement.SignatureMethod;
import org.redress.complaint.ComplaintService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** A party signs on their own through the link in the message; staff and the API never see the code. */
@RedressTest
@WithMockUser(username = "mediator", roles = "MEDIATOR")
class SignByLinkViewTest extends SpringBrowserlessTest {

    @Autowired
    AgreementDrafting drafting;
    @Autowired
    AgreementQueries agreements;
    @Autowired
    ComplaintService complaints;
    @Autowired
    TestData data;
    @Autowired
    MockMvc mvc;

    private AgreementDetails draft() {
        String caseNumber = complaints.file(TestData.draft(data.merchant("链接签署店" + System.nanoTime()).id()))
                .caseNumber();
        return drafting.draft(new AgreementDraft(caseNumber, null, null, null, List.of(new ObligationLine(
                "MERCHANT", "CONSUMER", ObligationKind.REFUND, new BigDecimal("66.00"), LocalDate.now().plusDays(9),
                "原路退回"))));
    }

    @Test
    void theApiSaysWhereTheCodeWentButNeverTheCode() throws Exception {
        AgreementDetails draft = draft();
        String answer = mvc.perform(post("/api/v1/agreements/" + draft.id() + "/signing-codes")
                        .with(user("staff").roles("STAFF")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"party\":\"CONSUMER\",\"channel\":\"EMAIL\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("EMAIL"))
                .andExpect(jsonPath("$.sentTo").value("w***@example.cn"))
                .andExpect(jsonPath("$.expiresAt").exists())
                .andExpect(jsonPath("$.code").doesNotExist())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).doesNotContain(data.lastCodeTo("wang@example.cn"))
                .doesNotContain(data.lastSigningLinkTo("wang@example.cn"));
        mvc.perform(post("/api/v1/agreements/" + draft.id() + "/signing-codes").with(user("staff").roles("STAFF"))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"party\":\"MERCHANT\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("particulars")));
    }

    @Test
    void thePartyReadsTheAgreementAndSignsWithTheCodeFromTheMessage() throws Exception {
        AgreementDetails draft = draft();
        mvc.perform(post("/api/v1/agreements/" + draft.id() + "/signing-codes").with(user("staff").roles("STAFF"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"party\":\"CONSUMER\"}")).andExpect(status().isOk());
        String token = data.lastSigningLinkTo("13800138000");
        String code = data.lastCodeTo("13800138000");
        SecurityContextHolder.clearContext();

        SignByLinkView view = navigate("sign/" + token, SignByLinkView.class);
        assertThat(view.getElement().getTextRecursively()).contains("原路退回", "王芳");
        view.code.setValue(code.equals("000000") ? "111111" : "000000");
        view.agree.setValue(true);
        test(view.sign).click();
        assertThat(view.code.isInvalid()).as("a wrong code is shown on the code field").isTrue();
        view.code.setValue(code);
        test(view.sign).click();
        assertThat(view.getElement().getTextRecursively()).contains("signature is recorded");

        AgreementDetails.Party consumer = TestData.asAdminGet(() -> agreements.get(draft.id())).parties().getFirst();
        assertThat(consumer.signed()).isTrue();
        assertThat(consumer.method()).isEqualTo(SignatureMethod.ONE_TIME_CODE);
        assertThat(navigate("sign/" + token, SignByLinkView.class).getElement().getTextRecursively())
                .as("a used link opens nothing").contains("not valid or has been used");
    }
}
