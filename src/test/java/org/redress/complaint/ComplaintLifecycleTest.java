package org.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.audit.AuditRecord;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.StoredText;
import org.redress.base.WorkingCalendar;
import org.redress.merchant.MerchantSummary;
import org.redress.security.AccountProvisioning;
import org.redress.security.CurrentUser;
import org.redress.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@RedressTest
@Transactional
@WithMockUser(username = "staff", roles = "STAFF")
class ComplaintLifecycleTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    AuditService audit;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    TestData data;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    CurrentUser currentUser;

    MerchantSummary merchant;

    @BeforeEach
    void merchant() {
        if (currentUser.hasRole(Role.STAFF)) {
            merchant = data.merchant("优品生活直播间");
        }
    }

    @Test
    void a_filed_complaint_gets_a_case_number_and_a_7_working_day_acceptance_deadline() {
        ComplaintDetails filed = complaints.file(TestData.draft(merchant.id()));

        assertThat(filed.caseNumber()).matches("RC-\\d{4}-\\d{6}");
        assertThat(filed.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(filed.acceptDueOn()).isEqualTo(calendar.addWorkingDays(filed.receivedAt(), 7));
        assertThat(filed.deadlineOn()).isEqualTo(filed.acceptDueOn());
        assertThat(filed.merchantName()).isEqualTo("优品生活直播间");
    }

    @Test
    void case_numbers_are_unique() {
        String first = complaints.file(TestData.draft(merchant.id())).caseNumber();
        String second = complaints.file(TestData.draft(merchant.id())).caseNumber();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void the_main_path_moves_step_by_step_and_sets_the_platform_and_mediation_deadlines() {
        String number = complaints.file(TestData.draft(merchant.id())).caseNumber();

        workflow.transition(number, ComplaintStatus.UNDER_REVIEW, null, null);
        ComplaintDetails referred = workflow.transition(number, ComplaintStatus.REFERRED_TO_PLATFORM, null, null);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(referred.acceptedOn()).isEqualTo(today);
        assertThat(referred.platformReplyDueOn()).isEqualTo(calendar.addWorkingDays(today, 15));
        assertThat(referred.mediationDueOn()).isEqualTo(today.plusDays(45));
        assertThat(referred.deadlineOn()).isEqualTo(referred.platformReplyDueOn());

        ComplaintDetails mediating = workflow.transition(number, ComplaintStatus.IN_MEDIATION, null, null);
        assertThat(mediating.deadlineOn()).isEqualTo(referred.mediationDueOn());
    }

    @Test
    void an_invalid_step_is_refused_with_a_message_naming_the_allowed_steps() {
        String number = complaints.file(TestData.draft(merchant.id())).caseNumber();

        assertThatThrownBy(() -> workflow.transition(number, ComplaintStatus.FULFILLED, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.transition(number, ComplaintStatus.CLOSED, null, null))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("Received cannot move to Closed")
                .hasMessageContaining("Under review");
        assertThat(complaints.get(number).status()).isEqualTo(ComplaintStatus.RECEIVED);
    }

    @Test
    void a_rejection_needs_a_reason_and_an_escalation_a_target() {
        String number = complaints.file(TestData.draft(merchant.id())).caseNumber();

        assertThatThrownBy(() -> workflow.transition(number, ComplaintStatus.REJECTED, " ", null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> workflow.transition(number, ComplaintStatus.ESCALATED, "拒不履行", null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("escalated to");

        ComplaintDetails rejected = workflow.transition(number, ComplaintStatus.REJECTED, "不属于受理范围", null);
        assertThat(rejected.status()).isEqualTo(ComplaintStatus.REJECTED);
        assertThat(rejected.statusReason()).isEqualTo("不属于受理范围");
        assertThat(rejected.deadlineOn()).isNull();
        assertThat(rejected.allowedTransitions()).containsExactly(ComplaintStatus.CLOSED);
    }

    @Test
    void a_case_once_accepted_is_no_longer_offered_a_rejection() {
        String number = complaints.file(TestData.draft(merchant.id())).caseNumber();
        assertThat(complaints.get(number).allowedTransitions()).contains(ComplaintStatus.REJECTED);
        workflow.transition(number, ComplaintStatus.UNDER_REVIEW, null, null);
        workflow.transition(number, ComplaintStatus.REFERRED_TO_PLATFORM, null, null);

        assertThat(complaints.get(number).allowedTransitions()).doesNotContain(ComplaintStatus.REJECTED)
                .contains(ComplaintStatus.WITHDRAWN, ComplaintStatus.ESCALATED);
        assertThatThrownBy(() -> workflow.transition(number, ComplaintStatus.REJECTED, "晚了", null))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void staff_may_not_record_an_agreement_but_a_mediator_may() {
        String number = complaints.file(TestData.draft(merchant.id())).caseNumber();
        workflow.transition(number, ComplaintStatus.UNDER_REVIEW, null, null);
        workflow.transition(number, ComplaintStatus.IN_MEDIATION, null, null);

        assertThat(complaints.get(number).allowedTransitions()).doesNotContain(ComplaintStatus.AGREEMENT_REACHED);
        assertThatThrownBy(() -> workflow.transition(number, ComplaintStatus.AGREEMENT_REACHED, null, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void every_transition_and_correction_is_in_the_audit_trail() {
        ComplaintDetails filed = complaints.file(TestData.draft(merchant.id()));
        workflow.transition(filed.caseNumber(), ComplaintStatus.UNDER_REVIEW, null, null);
        ComplaintDetails current = complaints.get(filed.caseNumber());
        ComplaintDraft changed = TestData.draft(merchant.id());
        changed = new ComplaintDraft(changed.externalId(), changed.receivedAt(), changed.channel(),
                changed.consumerName(), "13900139000", changed.consumerEmail(), changed.province(), changed.city(),
                changed.merchantId(), changed.platformCode(), changed.orderNumber(), changed.platformTicket(),
                changed.purchaseDate(), changed.amountPaid(), new BigDecimal("1500"),
                changed.paymentMethod(), changed.category(), changed.narrative(), true, false);
        complaints.update(filed.caseNumber(), current.version(), changed.withChoices(true, false, true));

        List<AuditRecord> timeline = audit.timeline(AuditSubject.COMPLAINT, filed.id());
        assertThat(timeline).extracting(AuditRecord::action)
                .contains("CREATED", "STATUS_CHANGED", "FIELD_CHANGED");
        assertThat(timeline).filteredOn(r -> "consumerPhone".equals(r.field()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.oldValue()).isEqualTo("13800138000");
                    assertThat(r.newValue()).isEqualTo("13900139000");
                    assertThat(r.actor()).isEqualTo("staff");
                });
        assertThat(timeline).filteredOn(r -> "amountClaimed".equals(r.field())).hasSize(1);
        assertThat(timeline).filteredOn(r -> "amountPaid".equals(r.field())).isEmpty();
        assertThat(timeline).filteredOn(r -> "notifyByEmail".equals(r.field())).singleElement()
                .satisfies(r -> assertThat(StoredText.render(r.oldValue(), Locale.SIMPLIFIED_CHINESE) + " → "
                        + StoredText.render(r.newValue(), Locale.SIMPLIFIED_CHINESE)).isEqualTo("否 → 是"));
    }

    @Test
    void a_stale_edit_is_refused_instead_of_overwriting_a_colleagues_change() {
        ComplaintDetails filed = complaints.file(TestData.draft(merchant.id()));
        long seenVersion = filed.version();
        workflow.transition(filed.caseNumber(), ComplaintStatus.UNDER_REVIEW, null, null);
        complaints.find(filed.caseNumber());

        assertThatThrownBy(() -> complaints.update(filed.caseNumber(), seenVersion, TestData.draft(merchant.id())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Someone else changed");
    }

    @Test
    void cases_are_assigned_only_to_active_case_workers_and_the_assignment_is_audited() {
        provisioning.ensureAccount("assign-me", "Assignee", "long-password", Set.of(
                Role.MEDIATOR));
        provisioning.ensureAccount("assign-regulator", "Regulator", "long-password", Set.of(
                Role.REGULATOR));
        ComplaintDetails filed = complaints.file(TestData.draft(merchant.id()));

        assertThat(workflow.assign(filed.caseNumber(), "assign-me").assignee()).isEqualTo("assign-me");
        assertThatThrownBy(() -> workflow.assign(filed.caseNumber(), "assign-regulator"))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> workflow.assign(filed.caseNumber(), "nobody-at-all"))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(audit.timeline(AuditSubject.COMPLAINT, filed.id()))
                .anySatisfy(r -> {
                    assertThat(r.field()).isEqualTo("assignee");
                    assertThat(r.newValue()).isEqualTo("assign-me");
                });
    }

    @Test
    @WithMockUser(username = "regulator", roles = "REGULATOR")
    void a_regulator_cannot_read_cases() {
        assertThatThrownBy(() -> complaints.list(ComplaintFilter.all(), Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> complaints.find("RC-2026-000001")).isInstanceOf(AccessDeniedException.class);
    }
}
