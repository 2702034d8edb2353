package org.redress.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.PaymentMethod;
import org.redress.dispute.ConsentDecision;
import org.redress.dispute.DisputeConsents;
import org.redress.dispute.DisputeService;
import org.redress.dispute.NewDispute;
import org.redress.dispute.Representative;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A collective agreement for a class: members' shares computed and edited with exact sums, instalments, payment
 * files matched with their mismatches reported, overdue members and what a court gets.
 */
@RedressTest
@WithMockUser(username = "mediator", roles = "MEDIATOR")
class CollectiveSettlementTest {

    @Autowired
    CollectiveSettlement settlement;
    @Autowired
    PaymentMatching payments;
    @Autowired
    AgreementSigning signing;
    @Autowired
    AgreementQueries agreements;
    @Autowired
    OverdueObligations overdue;
    @Autowired
    JudicialPacket packet;
    @Autowired
    DisputeService disputes;
    @Autowired
    DisputeConsents consents;
    @Autowired
    ComplaintService complaints;
    @Autowired
    MerchantService merchants;

    private String file(MerchantSummary shop, String phone, String paid, String claimed, PaymentMethod method) {
        return complaints.file(new ComplaintDraft(null, LocalDate.now().minusDays(5), Channel.WEB, "成员" + phone,
                phone, null, "广东", "深圳", shop.id(), shop.platformCode(), null, null, null, new BigDecimal(paid),
                new BigDecimal(claimed), method, Category.MERCHANT_ABSCONDED,
                "直播间先用后付买的扫地机器人没有发货，商家跑路。" + phone, true, false)).caseNumber();
    }

    /** Five members; four consent: two bought "use first, pay later", two by card; one refused. */
    private record Class(long disputeId, String payLater1, String payLater2, String card1, String card2,
                         String refused) {
    }

    private Class aClass(String code) {
        MerchantSummary shop = merchants.create(new NewMerchant("扫地机器人跑路店" + code, "DOUYIN", "DY-" + code));
        String payLater1 = file(shop, "1360000" + code + "1", "100.00", "300.00", PaymentMethod.BUY_NOW_PAY_LATER);
        String payLater2 = file(shop, "1360000" + code + "2", "150.00", "300.00", PaymentMethod.BUY_NOW_PAY_LATER);
        String card1 = file(shop, "1360000" + code + "3", "80.00", "80.33", PaymentMethod.CARD);
        String card2 = file(shop, "1360000" + code + "4", "45.50", "45.50", PaymentMethod.CARD);
        String refused = file(shop, "1360000" + code + "5", "999.00", "999.00", PaymentMethod.CARD);
        long id = disputes.create(new NewDispute("扫地机器人集体纠纷" + code, shop.id(), null, null, null,
                List.of(payLater1, payLater2, card1, card2, refused))).id();
        disputes.setRepresentatives(id, List.of(new Representative("代表甲", "13600000001", null),
                new Representative("代表乙", "13600000002", null)));
        LocalDate today = LocalDate.now();
        consents.recordAll(id, List.of(payLater1, payLater2, card1, card2), ConsentDecision.GIVEN, today,
                Channel.PHONE);
        consents.record(id, refused, ConsentDecision.REFUSED, today, Channel.PHONE);
        return new Class(id, payLater1, payLater2, card1, card2, refused);
    }

    private static Map<String, AgreementDetails.Line> byCreditor(AgreementDetails a) {
        return a.obligations().stream().collect(Collectors.toMap(AgreementDetails.Line::creditor, l -> l));
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void sharesAreComputedPerMemberAndTheTotalIsAlwaysTheirExactSum() {
        Class c = aClass("71");
        LocalDate first = LocalDate.now().plusDays(10);
        AgreementDetails draft = settlement.draft(new SettlementTerms(c.disputeId(), EntitlementBasis.CLAIMED,
                new BigDecimal("100"), 3, first, 1, null));

        Map<String, AgreementDetails.Line> lines = byCreditor(draft);
        assertThat(lines).as("only consenting members are bound").containsOnlyKeys(c.payLater1(), c.payLater2(),
                c.card1(), c.card2());
        assertThat(lines.get(c.payLater1()).amount()).as("pay-later: what was paid, not what was claimed")
                .isEqualByComparingTo("100.00");
        assertThat(lines.get(c.payLater1()).description()).contains("200.00");
        assertThat(lines.get(c.card1()).amount()).isEqualByComparingTo("80.33");
        assertThat(lines.get(c.card1()).instalments()).extracting(AgreementDetails.InstalmentState::amount)
                .containsExactly(new BigDecimal("26.77"), new BigDecimal("26.77"), new BigDecimal("26.79"));
        assertThat(lines.get(c.card1()).instalments()).extracting(AgreementDetails.InstalmentState::dueDate)
                .containsExactly(first, first.plusMonths(1), first.plusMonths(2));
        assertThat(lines.get(c.card1()).dueDate()).isEqualTo(first.plusMonths(2));
        assertThat(draft.moneyTotal()).isEqualByComparingTo("375.83")
                .isEqualByComparingTo(sum(draft.obligations().stream().map(AgreementDetails.Line::amount).toList()));
        assertThat(draft.recitals()).contains("4 名成员", "100%", "分 3 期");
        assertThat(draft.parties()).extracting(AgreementDetails.Party::party)
                .containsExactly("REPRESENTATIVE", "REPRESENTATIVE_2", "MERCHANT", "MEDIATOR");

        AgreementDetails edited = settlement.setShare(draft.id(), c.card2(), new BigDecimal("100.01"));
        AgreementDetails.Line card2 = byCreditor(edited).get(c.card2());
        assertThat(card2.instalments()).extracting(AgreementDetails.InstalmentState::amount)
                .containsExactly(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.35"));
        assertThat(edited.moneyTotal()).isEqualByComparingTo("430.34")
                .isEqualByComparingTo(sum(settlement.schedule(draft.id()).stream().map(ScheduleRow::share).toList()));
        assertThatThrownBy(() -> settlement.setShare(draft.id(), c.card2(), new BigDecimal("0.02")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> settlement.setShare(draft.id(), c.refused(), BigDecimal.TEN))
                .hasMessageContaining(c.refused());
        assertThatThrownBy(() -> settlement.draft(new SettlementTerms(c.disputeId(), null, new BigDecimal("500"),
                0, LocalDate.now().minusDays(1), 1, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("percent", "instalments", "firstDueDate"));
    }

    @Test
    void aPaymentFileIsMatchedToTheOldestOpenInstalmentAndMismatchesAreReported() throws IOException {
        Class c = aClass("72");
        LocalDate first = LocalDate.now().plusDays(10);
        AgreementDetails draft = settlement.draft(new SettlementTerms(c.disputeId(), EntitlementBasis.CLAIMED,
                new BigDecimal("100"), 3, first, 1, null));
        for (String party : List.of("REPRESENTATIVE", "REPRESENTATIVE_2", "MERCHANT", "MEDIATOR")) {
            signing.sign(draft.id(), party, "某某", "本人", SignatureMethod.IN_PERSON);
        }
        assertThat(agreements.get(draft.id()).status()).isEqualTo(AgreementStatus.BINDING);
        LocalDate today = LocalDate.now();
        String csv = "caseNumber,amount,paidOn,reference\n"
                + c.card1() + ",26.77," + today + ",PAY-72-1\n"
                + c.payLater1() + ",50.00," + today + ",PAY-72-2\n"
                + c.payLater2() + ",1000.00," + today + ",PAY-72-3\n"
                + "RC-1999-000009,10.00," + today + ",PAY-72-4\n"
                + c.card2() + ",10.00," + today + ",PAY-72-1\n"
                + c.card2() + ",abc," + today + ",PAY-72-5\n"
                + c.card2() + ",10.00," + today.plusDays(2) + ",PAY-72-6\n"
                + c.refused() + ",10.00," + today + ",PAY-72-7\n";

        PaymentImportResult result = payments.importCsv(draft.id(), new ByteArrayInputStream(
                csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.matched()).isEqualTo(3);
        assertThat(result.unmatched()).extracting(PaymentImportResult.RowError::row).containsExactly(4L, 5L, 6L,
                7L, 8L);
        assertThat(result.unmatched().get(1).reason()).contains("PAY-72-1");
        assertThat(result.overpaid()).singleElement().satisfies(d -> {
            assertThat(d.caseNumber()).isEqualTo(c.payLater2());
            assertThat(d.amount()).isEqualByComparingTo("850.00");
        });
        assertThat(result.underpaid()).singleElement().satisfies(d -> {
            assertThat(d.caseNumber()).isEqualTo(c.payLater1());
            assertThat(d.instalment()).isEqualTo(2);
            assertThat(d.amount()).as("33.33 due, 16.67 of the 50 reached it").isEqualByComparingTo("16.66");
        });
        AgreementDetails after = agreements.get(draft.id());
        Map<String, AgreementDetails.Line> lines = byCreditor(after);
        assertThat(lines.get(c.payLater1()).instalments()).extracting(AgreementDetails.InstalmentState::status)
                .containsExactly(InstalmentStatus.PAID, InstalmentStatus.PARTLY_PAID, InstalmentStatus.OPEN);
        assertThat(lines.get(c.payLater2()).status()).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(complaints.get(c.payLater2()).status()).isEqualTo(ComplaintStatus.FULFILLED);
        assertThat(after.payments()).isEqualTo(new AgreementDetails.Payments(4, 1, 2, 1, 0,
                new BigDecimal("226.77"), new BigDecimal("149.06")));

        PaymentImportResult again = payments.importCsv(draft.id(), new ByteArrayInputStream(
                csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(again.matched()).as("a file sent twice is not counted twice").isZero();
        assertThat(agreements.get(draft.id()).payments().amountPaid()).isEqualByComparingTo("226.77");

        // Other tests' agreements in the same database may fall due too: count this one's members below.
        assertThat(overdue.markOverdue(first.plusDays(1))).isPositive();
        Map<String, AgreementDetails.Line> late = byCreditor(agreements.get(draft.id()));
        assertThat(late.get(c.card2()).status()).isEqualTo(ObligationStatus.OVERDUE);
        assertThat(late.get(c.card1()).status()).isEqualTo(ObligationStatus.PENDING);
        assertThat(late.values()).as("only the member who paid nothing of the first instalment")
                .filteredOn(l -> l.status() == ObligationStatus.OVERDUE).hasSize(1);
        assertThat(packet.canDraftEnforcement(agreements.get(draft.id()))).isTrue();
        String enforcement = PdfText.of(packet.enforcementApplication(draft.id(), null));
        assertThat(enforcement).contains(c.card2(), "45.50").doesNotContain(c.card1());

        String document = PdfText.of(agreements.pdf(draft.id()));
        assertThat(document).as("one clause for the class, each member in the annex")
                .contains("4名成员退还其应得款项", "附件：成员清单", "成员1360000723", "合计4名成员", "375.83");

        String schedule = entry(packet.zip(draft.id()), "06-成员清单.csv");
        assertThat(schedule).contains("应得金额", c.card1(), "80.33", "第 3 期 26.79 元", "合计（4 名成员）", "375.83")
                .doesNotContain(c.refused());
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the packet");
    }

    @Test
    void aDraftCannotTakePayments() {
        Class c = aClass("73");
        AgreementDetails draft = settlement.draft(new SettlementTerms(c.disputeId(), EntitlementBasis.PAID, null, 1,
                LocalDate.now().plusDays(3), null, null));
        assertThat(draft.obligations()).hasSize(4);
        assertThatThrownBy(() -> payments.importCsv(draft.id(), new ByteArrayInputStream(
                "caseNumber,amount,paidOn,reference\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(BusinessRuleException.class);
        List<String> withoutRefused = new ArrayList<>(List.of(c.payLater1(), c.payLater2(), c.card1(), c.card2()));
        assertThat(settlement.schedule(draft.id())).extracting(ScheduleRow::caseNumber)
                .containsExactlyInAnyOrderElementsOf(withoutRefused);
    }
}
