package org.redress.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.EscalationTarget;
import org.redress.complaint.EvidenceService;
import org.redress.complaint.EvidenceType;
import org.redress.notification.NoticeChannel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * What follows a signature: the case's status, one-time codes, vouchers, the follow-up list per merchant, escalation
 * with the agreement attached, and the judicial-confirmation packet.
 */
@RedressTest
@WithMockUser(username = "mediator", roles = "MEDIATOR")
class AgreementFollowThroughTest {

    @Autowired
    AgreementQueries agreements;
    @Autowired
    AgreementDrafting drafting;
    @Autowired
    AgreementSigning signing;
    @Autowired
    AgreementObligations tracking;
    @Autowired
    AgreementFollowUp followUp;
    @Autowired
    JudicialPacket packet;
    @Autowired
    OverdueObligations overdue;
    @Autowired
    ComplaintService complaints;
    @Autowired
    EvidenceService evidence;
    @Autowired
    TestData data;

    private String newCase(String merchant) {
        return complaints.file(TestData.draft(data.merchant(merchant + System.nanoTime() % 100000).id()))
                .caseNumber();
    }

    private AgreementDetails binding(String caseNumber, LocalDate due, String... refunds) {
        List<ObligationLine> lines = new ArrayList<>();
        for (String amount : refunds) {
            lines.add(new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.REFUND, new BigDecimal(amount), due,
                    "退款"));
        }
        lines.add(new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.APOLOGY, null, due, "书面道歉"));
        AgreementDetails draft = drafting.draft(new AgreementDraft(caseNumber, null, null, null, lines));
        for (String party : List.of("CONSUMER", "MERCHANT", "MEDIATOR")) {
            signing.sign(draft.id(), party, "某某", "本人", SignatureMethod.IN_PERSON);
        }
        return agreements.get(draft.id());
    }

    @Test
    void bindingMeansAgreementReachedAndPayingEveryRefundMeansFulfilled() {
        String caseNumber = newCase("履行测试店");
        AgreementDetails a = binding(caseNumber, LocalDate.now().plusDays(5), "300.00", "99.50");
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.AGREEMENT_REACHED);

        tracking.fulfil(a.id(), 1, LocalDate.now(), "第一笔");
        assertThat(complaints.get(caseNumber).status()).as("one refund still open")
                .isEqualTo(ComplaintStatus.AGREEMENT_REACHED);
        tracking.fulfilWithVoucher(a.id(), 2, LocalDate.now(), "第二笔", "转账凭证.png",
                new ByteArrayInputStream(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        assertThat(complaints.get(caseNumber).status()).as("the apology is not money")
                .isEqualTo(ComplaintStatus.FULFILLED);
        assertThat(evidence.list(caseNumber)).extracting(e -> e.type()).contains(EvidenceType.PAYMENT_VOUCHER);
        assertThat(agreements.get(a.id()).obligations().get(1).note()).contains("第二笔").contains("转账凭证.png");
    }

    @Test
    void aOneTimeCodeMustMatchAndWrongCodesRunOut() {
        String caseNumber = newCase("验证码测试店");
        AgreementDetails draft = drafting.draft(new AgreementDraft(caseNumber, null, null, null, List.of(
                new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.REFUND, new BigDecimal("10.00"),
                        LocalDate.now().plusDays(3), "退款")), List.of(new PartyParticulars("MERCHANT", null, null,
                "店主 shop-owner@example.cn", null, null))));
        SigningCodeSent sent = signing.issueSigningCode(draft.id(), "CONSUMER");
        assertThat(sent.channel()).as("the case has a mobile number").isEqualTo(NoticeChannel.SMS);
        assertThat(sent.sentTo()).isEqualTo("138****8000");
        String code = data.lastCodeTo("13800138000");
        String wrong = code.equals("000000") ? "111111" : "000000";

        assertThatThrownBy(() -> signing.sign(draft.id(), "CONSUMER", "王芳", "本人", SignatureMethod.ONE_TIME_CODE,
                wrong)).isInstanceOf(InvalidInputException.class).hasMessageContaining("4 attempts left");
        assertThat(agreements.get(draft.id()).parties().getFirst().signed()).isFalse();
        AgreementDetails signed = signing.sign(draft.id(), "CONSUMER", "王芳", "本人", SignatureMethod.ONE_TIME_CODE,
                code);
        assertThat(signed.parties().getFirst().method()).isEqualTo(SignatureMethod.ONE_TIME_CODE);

        assertThat(signing.issueSigningCode(draft.id(), "MERCHANT").sentTo()).isEqualTo("s***@example.cn");
        String merchant = data.lastCodeTo("shop-owner@example.cn");
        String other = merchant.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < SigningCodes.MAX_ATTEMPTS; i++) {
            assertThatThrownBy(() -> signing.sign(draft.id(), "MERCHANT", "店主", "法定代表人",
                    SignatureMethod.ONE_TIME_CODE, other)).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> signing.sign(draft.id(), "MERCHANT", "店主", "法定代表人",
                SignatureMethod.ONE_TIME_CODE, merchant)).hasMessageContaining("Too many wrong codes");
    }

    @Test
    void overdueObligationsAreListedPerMerchantAndTheMediatorEscalatesWithThePdfAttached() {
        String caseNumber = newCase("逾期跟进店");
        LocalDate due = LocalDate.now().plusDays(2);
        AgreementDetails a = binding(caseNumber, due, "500.00");
        String merchant = complaints.get(caseNumber).merchantName();

        assertThat(followUp.byMerchant(7)).filteredOn(m -> m.merchant().equals(merchant)).singleElement()
                .satisfies(m -> {
                    assertThat(m.dueSoonAmount()).isEqualByComparingTo("500.00");
                    assertThat(m.overdueCount()).isZero();
                });
        assertThatThrownBy(() -> followUp.escalate(a.id(), EscalationTarget.COURT, null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("overdue");

        overdue.markOverdue(due.plusDays(3));
        assertThat(followUp.byMerchant(7)).filteredOn(m -> m.merchant().equals(merchant)).singleElement()
                .satisfies(m -> {
                    assertThat(m.overdueAmount()).isEqualByComparingTo("500.00");
                    assertThat(m.items()).extracting(FollowUpItem::status).contains(ObligationStatus.OVERDUE);
                });
        assertThat(followUp.escalate(a.id(), EscalationTarget.COURT, "商家拒不退款")).containsExactly(caseNumber);
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.ESCALATED);
        assertThat(complaints.get(caseNumber).escalationTarget()).isEqualTo(EscalationTarget.COURT);
        assertThat(evidence.list(caseNumber)).extracting(e -> e.originalName())
                .contains("调解协议书-AG-" + a.id() + ".pdf");
    }

    @Test
    void theScheduledRunMarksWhatPassedItsDueDate() {
        AgreementDetails a = binding(newCase("定时任务店"), LocalDate.now().minusDays(2), "66.00");
        overdue.nightly();
        assertThat(agreements.get(a.id()).obligations()).extracting(AgreementDetails.Line::status)
                .containsExactly(ObligationStatus.OVERDUE, ObligationStatus.OVERDUE);
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void staffMayNotEscalateAnAgreement() {
        assertThatThrownBy(() -> followUp.escalate(1L, EscalationTarget.COURT, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> followUp.byMerchant(-1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theJudicialPacketHoldsThePdfSummaryPartiesAndEvidenceIndexWithTheirSums() throws Exception {
        String caseNumber = newCase("司法确认店");
        evidence.add(caseNumber, EvidenceType.ORDER_SCREENSHOT, "订单截图.png",
                new ByteArrayInputStream(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1}));
        AgreementDetails draft = drafting.draft(new AgreementDraft(caseNumber, null, null, null, List.of(
                new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.REFUND, new BigDecimal("1299.00"),
                        LocalDate.now().plusDays(3), "退款"))));
        assertThatThrownBy(() -> packet.zip(draft.id())).isInstanceOf(BusinessRuleException.class);
        for (String party : List.of("CONSUMER", "MERCHANT", "MEDIATOR")) {
            signing.sign(draft.id(), party, "某某", "本人", SignatureMethod.IN_PERSON);
        }
        String sha = agreements.get(draft.id()).sha256();

        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(packet.zip(draft.id())),
                StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        String agreementFile = "01-人民调解协议书-AG-" + draft.id() + ".pdf";
        assertThat(files.keySet()).containsExactly(agreementFile, "02-司法确认申请书.pdf", "03-案件摘要.txt",
                "04-当事人信息.csv", "05-证据目录.csv", "manifest.json");
        assertThat(new String(files.get("03-案件摘要.txt"), StandardCharsets.UTF_8)).contains(caseNumber, sha,
                "1299.00");
        assertThat(new String(files.get("04-当事人信息.csv"), StandardCharsets.UTF_8)).contains("13800138000",
                "王芳");
        assertThat(new String(files.get("05-证据目录.csv"), StandardCharsets.UTF_8)).contains("订单截图.png", "订单截图");
        String pdfSum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(files.get(agreementFile)));
        assertThat(new String(files.get("manifest.json"), StandardCharsets.UTF_8)).contains(pdfSum).contains(sha);
    }
}
