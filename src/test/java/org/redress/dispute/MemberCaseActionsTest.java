package org.redress.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.audit.AuditRecord;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.complaint.CaseWorkflow;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.PaymentMethod;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** A status step, a note and a notice on many member cases at once, each case audited on its own. */
@RedressTest
@WithMockUser(username = "staff", roles = "STAFF")
class MemberCaseActionsTest {

    @Autowired
    MemberCaseActions actions;
    @Autowired
    DisputeService disputes;
    @Autowired
    ComplaintService complaints;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    MerchantService merchants;
    @Autowired
    AuditService audit;
    @Autowired
    TestData data;
    @Autowired
    MockMvc mvc;

    private List<String> actions(String caseNumber) {
        return audit.timeline(AuditSubject.COMPLAINT, complaints.get(caseNumber).id()).stream()
                .map(AuditRecord::action).toList();
    }

    @Test
    void oneActReachesEveryMemberCaseAndSaysWhichItSkipped() throws Exception {
        MerchantSummary shop = merchants.create(new NewMerchant("批量处理测试店", "DOUYIN", "DY-ACT-17"));
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cases.add(complaints.file(new ComplaintDraft(null, LocalDate.now().minusDays(1), Channel.PHONE,
                    "批量成员" + i, "1320017000" + i, null, "福建", "厦门", shop.id(), "DOUYIN", null, null, null,
                    new BigDecimal("30.00"), new BigDecimal("30.00"), PaymentMethod.WALLET, Category.NOT_DELIVERED,
                    "直播间买的茶叶没有发货。" + i, true, false)).caseNumber());
        }
        workflow.transition(cases.get(0), ComplaintStatus.UNDER_REVIEW, null, null);
        long id = disputes.create(new NewDispute("茶叶集体纠纷", shop.id(), null, null, null, cases)).id();

        MemberActionOutcome step = actions.apply(id, MemberAction.STATUS, List.of(), MemberFilter.ALL,
                ComplaintStatus.UNDER_REVIEW, "集体审查");
        assertThat(step.done()).isEqualTo(2);
        assertThat(step.skipped()).singleElement().satisfies(s -> assertThat(s.caseNumber()).isEqualTo(cases.get(0)));
        assertThat(complaints.get(cases.get(2)).status()).isEqualTo(ComplaintStatus.UNDER_REVIEW);

        MemberActionOutcome note = actions.apply(id, MemberAction.NOTE, List.of(cases.get(1), cases.get(2)), null,
                null, "已电话联系商家客服，无人接听");
        assertThat(note.done()).isEqualTo(2);
        assertThat(actions(cases.get(1))).containsOnlyOnce("NOTE_ADDED");
        assertThat(actions(cases.get(0))).doesNotContain("NOTE_ADDED");

        MemberActionOutcome notice = actions.apply(id, MemberAction.NOTICE, List.of(), MemberFilter.ALL, null,
                "调解会定于下周三上午举行");
        assertThat(notice.done()).isEqualTo(3);
        assertThat(data.lastMessageTo("13200170002")).contains("调解会定于下周三上午举行");
        assertThat(actions(cases.get(2))).contains("NOTICE_SENT", "STATUS_CHANGED");
        assertThat(audit.timeline(AuditSubject.DISPUTE, id)).as("one entry per act on the dispute")
                .filteredOn(r -> r.action().equals("MEMBERS_ACTED")).hasSize(3);

        mvc.perform(post("/api/v1/disputes/" + id + "/members/actions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"NOTE\",\"caseNumbers\":[\"RC-1999-000003\"],\"text\":\"x\"}").with(user("staff").roles("STAFF")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.caseNumbers").exists());
        mvc.perform(post("/api/v1/disputes/" + id + "/members/actions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"NOTE\",\"consent\":\"NONE\",\"text\":\"统一备注\"}").with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.done").value(3));
    }
}
