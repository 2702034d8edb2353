package org.redress.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementQueries;
import org.redress.agreement.AgreementSigning;
import org.redress.agreement.PaymentImportResult;
import org.redress.agreement.PaymentMatching;
import org.redress.agreement.ScheduleRow;
import org.redress.agreement.SignatureMethod;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.PaymentMethod;
import org.redress.complaint.ui.CaseDetailView;
import org.redress.dispute.ConsentDecision;
import org.redress.dispute.DisputeConsents;
import org.redress.dispute.DisputeService;
import org.redress.dispute.NewDispute;
import org.redress.dispute.ui.DisputeView;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A mediator drafts a class's collective agreement from the dispute page, edits a share and follows payments. */
@RedressTest
@WithMockUser(username = "mediator", roles = "MEDIATOR")
class CollectiveAgreementViewsTest extends SpringBrowserlessTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    MerchantService merchants;
    @Autowired
    DisputeService disputes;
    @Autowired
    DisputeConsents consents;
    @Autowired
    AgreementSigning signing;
    @Autowired
    AgreementQueries agreements;
    @Autowired
    PaymentMatching payments;

    @Test
    void aCollectiveAgreementIsDraftedFromTheDisputeEditedPerMemberAndItsPaymentsFollowed() {
        MerchantSummary shop = merchants.create(new NewMerchant("集体协议视图测试店", "DOUYIN", "DY-CLASS-17V"));
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cases.add(complaints.file(new ComplaintDraft(null, LocalDate.now().minusDays(1), Channel.WEB,
                    "视图成员" + i, "1350017000" + i, null, "江苏", "南京", shop.id(), "DOUYIN", null, null, null,
                    new BigDecimal("120.00"), new BigDecimal("120.00"), PaymentMethod.CARD, Category.NOT_DELIVERED,
                    "直播间买的空气炸锅没有发货，商家跑路。" + i, true, false)).caseNumber());
        }
        long disputeId = disputes.create(new NewDispute("空气炸锅集体纠纷", shop.id(), null, null, null, cases)).id();
        consents.recordAll(disputeId, cases, ConsentDecision.GIVEN, LocalDate.now(), Channel.PHONE);

        DisputeView dispute = navigate("disputes/" + disputeId, DisputeView.class);
        Button collective = find(Button.class).withText("Draft the collective agreement").single();
        test(collective).click();
        AgreementsPanel panel = find(AgreementsPanel.class).single();
        panel.collectiveDialog.instalments.setValue(2);
        test(panel.collectiveDialog.draft).click();

        AgreementView view = (AgreementView) getCurrentView();
        assertThat(view.schedule.isVisible()).isTrue();
        assertThat(view.obligations.isVisible()).as("members are listed in the schedule only").isFalse();
        assertThat(test(view.schedule.grid).size()).isEqualTo(3);
        ScheduleRow first = test(view.schedule.grid).getRow(0);
        assertThat(first.instalments()).hasSize(2);

        view.schedule.askShare(first);
        test(find(Button.class).withText("Save").last()).click();
        assertThat(view.schedule.shareDialog.isOpened()).isFalse();
        view.schedule.askShare(first);
        BigDecimalField amount = find(BigDecimalField.class).last();
        amount.setValue(new BigDecimal("-1"));
        test(find(Button.class).withText("Save").last()).click();
        assertThat(amount.isInvalid()).as("a bad amount is refused and kept").isTrue();
        amount.setValue(new BigDecimal("99.99"));
        test(find(Button.class).withText("Save").last()).click();
        long agreementId = agreements.ofDispute(disputeId).getFirst().id();
        assertThat(agreements.get(agreementId).moneyTotal()).isEqualByComparingTo("339.99");

        for (AgreementDetails.Party party : agreements.get(agreementId).parties()) {
            signing.sign(agreementId, party.party(), "某某", "本人", SignatureMethod.IN_PERSON);
        }
        PaymentImportResult result = payments.importCsv(agreementId, new ByteArrayInputStream(
                ("caseNumber,amount,paidOn,reference\n" + cases.get(1) + ",120.00," + LocalDate.now() + ",V-1\n"
                        + "RC-1999-000001,5," + LocalDate.now() + ",V-2\n").getBytes(StandardCharsets.UTF_8)));
        view = navigate("agreements/" + agreementId, AgreementView.class);
        view.schedule.payments.show(result);
        assertThat(view.schedule.figures.getElement().getTextRecursively()).contains("Paid in full");
        assertThat(view.schedule.payments.outcome.getElement().getTextRecursively())
                .contains("1 matched, 1 unmatched", "RC-1999-000001");
        assertThat(view.schedule.payments.isVisible()).isTrue();

        CaseDetailView member = navigate("cases/" + cases.get(1), CaseDetailView.class);
        assertThat(member.getElement().getTextRecursively()).as("the share is tracked on the member's case")
                .contains("AG-" + agreementId);
    }
}
