package org.redress.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementSigning;
import org.redress.agreement.CollectiveSettlement;
import org.redress.agreement.PaymentMatching;
import org.redress.agreement.SettlementTerms;
import org.redress.agreement.SignatureMethod;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.PaymentMethod;
import org.redress.dispute.ConsentDecision;
import org.redress.dispute.DisputeConsents;
import org.redress.dispute.DisputeService;
import org.redress.dispute.NewDispute;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Regulators see how many consumers of collective agreements are paid, partly paid or unpaid; small counts withheld. */
@RedressTest
@WithMockUser(username = "mediator", roles = {"MEDIATOR", "REGULATOR"})
class SettlementStatisticsTest {

    @Autowired
    StatisticsService statistics;
    @Autowired
    ComplaintService complaints;
    @Autowired
    MerchantService merchants;
    @Autowired
    DisputeService disputes;
    @Autowired
    DisputeConsents consents;
    @Autowired
    CollectiveSettlement settlement;
    @Autowired
    AgreementSigning signing;
    @Autowired
    PaymentMatching payments;

    @Test
    void consumersAreCountedByHowFarTheirShareIsPaid() {
        MerchantSummary shop = merchants.create(new NewMerchant("统计集体协议店", "KUAISHOU", "KS-STATS-17"));
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            cases.add(complaints.file(new ComplaintDraft(null, LocalDate.now().minusDays(3), Channel.WEB,
                    "统计成员" + i, "1340017000" + i, null, "四川", "成都", shop.id(), "KUAISHOU", null, null, null,
                    new BigDecimal("10.00"), new BigDecimal("10.00"), PaymentMethod.WALLET, Category.NOT_DELIVERED,
                    "直播间买的台灯没有发货，商家跑路。" + i, true, false)).caseNumber());
        }
        long disputeId = disputes.create(new NewDispute("台灯集体纠纷", shop.id(), null, null, null, cases)).id();
        consents.recordAll(disputeId, cases, ConsentDecision.GIVEN, LocalDate.now(), Channel.PHONE);
        AgreementDetails draft = settlement.draft(new SettlementTerms(disputeId, null, null, 2,
                LocalDate.now().plusDays(5), 1, null));
        for (AgreementDetails.Party party : draft.parties()) {
            signing.sign(draft.id(), party.party(), "某某", "本人", SignatureMethod.IN_PERSON);
        }
        StringBuilder csv = new StringBuilder("caseNumber,amount,paidOn,reference\n");
        for (int i = 0; i < 5; i++) {
            csv.append(cases.get(i)).append(",10.00,").append(LocalDate.now()).append(",S-").append(i).append('\n');
        }
        csv.append(cases.get(5)).append(",5.00,").append(LocalDate.now()).append(",S-5\n");
        payments.importCsv(draft.id(), new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));

        AgreementFigures figures = statistics.dashboard(new StatisticsFilter(null, null, null, null, null, null,
                shop.id(), null)).agreements();

        assertThat(figures.consumersPaid()).isEqualTo(5);
        assertThat(figures.consumersPartlyPaid()).as("one consumer is too few to show").isNull();
        assertThat(figures.consumersUnpaid()).isNull();
        assertThat(figures.amountAgreed()).isEqualByComparingTo("70.00");
        assertThat(figures.amountRefunded()).as("instalments paid count as refunded").isEqualByComparingTo("55.00");
    }
}
