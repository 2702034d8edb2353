package org.redress.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.audit.AuditRecord;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.PaymentMethod;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** A class of many: suggestions that add to the open dispute, members added in bulk, consent in bulk and by file. */
@RedressTest
@WithMockUser(username = "mediator", roles = "MEDIATOR")
class ClassActionMembersTest {

    @Autowired
    DisputeService disputes;
    @Autowired
    DisputeMembers members;
    @Autowired
    DisputeConsents consents;
    @Autowired
    ComplaintService complaints;
    @Autowired
    MerchantService merchants;
    @Autowired
    AuditService audit;
    @Autowired
    MockMvc mvc;

    private String file(MerchantSummary merchant, String phone, Category category) {
        return complaints.file(new ComplaintDraft(null, LocalDate.now().minusDays(2), Channel.WEB, "直播顾客" + phone,
                phone, null, "浙江", "杭州", merchant.id(), merchant.platformCode(), null, null, null,
                new BigDecimal("199.00"), new BigDecimal("299.00"), PaymentMethod.BUY_NOW_PAY_LATER, category,
                "先用后付买的羽绒服与直播间描述不符，商家跑路。" + phone, true, false)).caseNumber();
    }

    private List<String> fileMany(MerchantSummary shop, String prefix, int n) {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cases.add(file(shop, prefix + String.format("%03d", i), Category.FALSE_ADVERTISING));
        }
        return cases;
    }

    @Test
    void newComplaintsAgainstAMerchantWithAnOpenDisputeAreProposedForItNotForASecondOne() throws Exception {
        MerchantSummary shop = merchants.create(new NewMerchant("直播间羽绒服跑路店", "DOUYIN", "DY-CLASS-17A"));
        List<String> first = fileMany(shop, "13700017", 3);
        DisputeSuggestion opening = disputes.suggestions(200).stream().filter(s -> s.merchantId() == shop.id())
                .findFirst().orElseThrow();
        assertThat(opening.isAddition()).isFalse();
        DisputeDetails dispute = disputes.createFromSuggestion(opening, "羽绒服集体纠纷");
        assertThat(dispute.members()).isEqualTo(3);

        List<String> later = fileMany(shop, "13700018", 2);
        DisputeSuggestion addition = disputes.suggestions(200).stream().filter(s -> s.merchantId() == shop.id())
                .findFirst().orElseThrow();
        assertThat(addition.existingDisputeId()).as("two complaints are too few for a dispute of their own, but"
                + " join the open one").isEqualTo(dispute.id());
        assertThat(addition.existingDisputeTitle()).isEqualTo("羽绒服集体纠纷");
        assertThat(addition.complaints()).isEqualTo(2);
        mvc.perform(get("/api/v1/disputes/suggestions?limit=200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.merchantId == " + shop.id() + ")].existingDisputeId")
                        .value(Matchers.contains((int) dispute.id())));
        signIn();
        assertThatThrownBy(() -> disputes.createFromSuggestion(addition, "第二个"))
                .isInstanceOf(BusinessRuleException.class);

        assertThat(members.addSuggested(addition)).isEqualTo(2);
        assertThat(disputes.get(dispute.id()).complaintCaseNumbers()).containsAll(first).containsAll(later);
        assertThat(disputes.suggestions(200)).noneMatch(s -> s.merchantId() == shop.id());
        assertThat(timeline(later.getFirst())).contains("ADDED_TO_DISPUTE");

        file(shop, "13700018999", Category.MERCHANT_ABSCONDED);
        assertThat(disputes.suggestions(200)).as("one class per merchant: another problem joins it too")
                .filteredOn(s -> s.merchantId() == shop.id()).singleElement().satisfies(s -> {
                    assertThat(s.category()).isEqualTo(Category.MERCHANT_ABSCONDED);
                    assertThat(s.existingDisputeId()).isEqualTo(dispute.id());
                });
    }

    @Test
    void theApiAddsMembersAllOrNoneAndRemovesOne() throws Exception {
        MerchantSummary shop = merchants.create(new NewMerchant("批量成员测试店", "KUAISHOU", "KS-CLASS-17B"));
        List<String> cases = fileMany(shop, "13700019", 4);
        long one = disputes.create(new NewDispute("第一个纠纷", shop.id(), null, null, null,
                List.of(cases.get(0)))).id();
        long two = disputes.create(new NewDispute("第二个纠纷", shop.id(), Category.DEFECTIVE_OR_COUNTERFEIT, null,
                null, List.of())).id();

        mvc.perform(post("/api/v1/disputes/" + two + "/members").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseNumbers\":[\"" + cases.get(1) + "\",\"" + cases.get(0) + "\"]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(Matchers.containsString(cases.get(0))));
        signIn();
        assertThat(disputes.get(two).members()).as("all or none").isZero();

        mvc.perform(post("/api/v1/disputes/" + two + "/members").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseNumbers\":[\"" + cases.get(1) + "\",\"" + cases.get(2).toLowerCase()
                                + "\",\"" + cases.get(3) + "\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members").value(3));
        signIn();
        mvc.perform(post("/api/v1/disputes/" + two + "/members").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseNumbers\":[\"RC-1999-000001\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.caseNumbers").exists());
        signIn();
        mvc.perform(delete("/api/v1/disputes/" + two + "/members/" + cases.get(3)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members").value(2));
        signIn();
        mvc.perform(delete("/api/v1/disputes/" + two + "/members/" + cases.get(0)))
                .andExpect(status().isConflict());
        signIn();
        assertThat(disputes.get(one).members()).isEqualTo(1);
        assertThat(timeline(cases.get(3))).containsSubsequence("REMOVED_FROM_DISPUTE", "ADDED_TO_DISPUTE");
        mvc.perform(post("/api/v1/disputes/" + two + "/members").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseNumbers\":[\"" + cases.get(3) + "\"]}")
                        .with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isForbidden());
        signIn();
    }

    @Test
    void consentIsRecordedForManyAtOnceAndFromAFileAndTheLedgerKeepsEveryEntry() throws Exception {
        MerchantSummary shop = merchants.create(new NewMerchant("批量同意测试店", "DOUYIN", "DY-CLASS-17C"));
        List<String> cases = fileMany(shop, "13700020", 6);
        long id = disputes.create(new NewDispute("批量同意", shop.id(), null, null, null, cases)).id();
        LocalDate today = LocalDate.now();

        assertThat(consents.recordAll(id, cases.subList(0, 2), ConsentDecision.GIVEN, today, Channel.PHONE))
                .isEqualTo(2);
        assertThat(members.count(id, MemberFilter.NOT_ANSWERED)).isEqualTo(4);
        assertThat(consents.recordWhere(id, MemberFilter.NOT_ANSWERED, ConsentDecision.REFUSED, today,
                Channel.LETTER)).isEqualTo(4);
        assertThat(disputes.get(id).consent()).containsEntry("GIVEN", 2L).containsEntry("REFUSED", 4L)
                .containsEntry("NONE", 0L);
        assertThat(timeline(cases.get(5))).containsOnlyOnce("DISPUTE_CONSENT");

        String csv = "caseNumber,decision,date,channel\n"
                + cases.get(2) + ",GIVEN," + today + ",WEB\n"
                + cases.get(3).toLowerCase() + ",given," + today.minusDays(1) + ",phone\n"
                + "RC-1999-000002,GIVEN," + today + ",WEB\n"
                + cases.get(4) + ",MAYBE," + today + ",WEB\n"
                + cases.get(5) + ",GIVEN," + today.plusDays(3) + ",WEB\n"
                + cases.get(5) + ",GIVEN,2026/3/1,FAX\n";
        mvc.perform(post("/api/v1/disputes/" + id + "/consents/import").contentType("text/csv")
                        .content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded").value(2))
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].reason").value(Matchers.containsString("MAYBE")))
                .andExpect(jsonPath("$.errors[2].row").value(5))
                .andExpect(jsonPath("$.errors[3].reason").value(Matchers.containsString("FAX")));
        signIn();
        assertThat(members.consenting(id)).containsExactlyInAnyOrderElementsOf(cases.subList(0, 4));
        assertThat(consents.ledger(id, cases.get(2))).as("the refusal and the later consent are both kept")
                .extracting(ConsentEntry::decision).containsExactly(ConsentDecision.REFUSED, ConsentDecision.GIVEN);
        assertThat(timeline(cases.get(2))).as("the earlier refusal stays in the ledger and on the timeline")
                .containsSubsequence("DISPUTE_CONSENT", "DISPUTE_CONSENT");

        mvc.perform(post("/api/v1/disputes/" + id + "/consents").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseNumbers\":[\"" + cases.get(4) + "\",\"" + cases.get(5) + "\"],"
                                + "\"decision\":\"GIVEN\",\"decidedOn\":\"" + today + "\",\"channel\":\"WEB\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consent.GIVEN").value(6));
        signIn();
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedAsAWhole() throws Exception {
        MerchantSummary shop = merchants.create(new NewMerchant("表头测试店", "DOUYIN", "DY-CLASS-17D"));
        long id = disputes.create(new NewDispute("表头", shop.id(), null, null, null,
                fileMany(shop, "13700021", 1))).id();
        mvc.perform(post("/api/v1/disputes/" + id + "/consents/import").contentType("text/csv")
                        .content("caseNumber,decision\nX,GIVEN\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.header").value(Matchers.containsString("date")));
        signIn();
    }

    /** MockMvc clears the test's security context after each request; the service calls after it need it back. */
    private static void signIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "mediator", null, List.of(new SimpleGrantedAuthority("ROLE_MEDIATOR"))));
    }

    private List<String> timeline(String caseNumber) {
        return audit.timeline(AuditSubject.COMPLAINT, complaints.get(caseNumber).id()).stream()
                .map(AuditRecord::action).toList();
    }
}
