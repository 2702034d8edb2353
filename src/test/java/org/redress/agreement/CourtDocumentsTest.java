package org.redress.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.complaint.ComplaintService;
import org.redress.merchant.CreditCode;
import org.redress.security.AccountProvisioning;
import org.redress.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The documents a court is given: the 人民调解协议书 as the People's Mediation Law describes it, in Chinese with the
 * English translation, naming people by their full names and nothing by an internal code or address.
 */
@RedressTest
@WithMockUser(username = "doc-mediator", roles = "MEDIATOR")
class CourtDocumentsTest {

    /** Internal names a court document must never show. */
    private static final List<String> INTERNAL = List.of("CONSUMER", "MERCHANT", "MEDIATOR", "REFUND",
            "COMPENSATION", "IN_PERSON", "ONE_TIME_CODE", "/api/", "doc-mediator", "doc.", "PENDING", "BINDING");

    private static final String CREDIT_CODE = CreditCode.withCheckCharacter("91330100MA2B3C4D5");

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
    AccountProvisioning accounts;
    @Autowired
    JudicialPacket packet;
    @Autowired
    AgreementFollowUp followUp;
    @Autowired
    OverdueObligations overdue;
    @Autowired
    Clock clock;

    @BeforeEach
    void mediator() {
        accounts.ensureAccount("doc-mediator", "李文华", "long-enough-password", Set.of(Role.MEDIATOR));
    }

    private AgreementDetails bindingAgreement() {
        String caseNumber = complaints.file(TestData.draft(data.merchant("法院文书测试旗舰店").id())).caseNumber();
        AgreementDetails draft = drafting.draft(new AgreementDraft(caseNumber, null, null, null, List.of(
                new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.REFUND, new BigDecimal("1299.00"),
                        LocalDate.of(2027, 1, 15), "原路退回至支付账户"),
                new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.APOLOGY, null, null, null)),
                List.of(new PartyParticulars("CONSUMER", "11010519491231002X", "浙江省杭州市西湖区文三路 1 号", null,
                                null, null),
                        new PartyParticulars("MERCHANT", null, "浙江省杭州市余杭区某街 8 号", "0571-88888888",
                                CREDIT_CODE, "赵某某"))));
        for (String party : List.of("CONSUMER", "MERCHANT")) {
            signing.sign(draft.id(), party, party.equals("CONSUMER") ? "王芳" : "赵某某", "本人",
                    SignatureMethod.IN_PERSON);
        }
        return signing.sign(draft.id(), "MEDIATOR", "李文华", "人民调解员", SignatureMethod.IN_PERSON);
    }

    @Test
    void theAgreementIsThePeoplesMediationAgreementACourtExpects() throws Exception {
        AgreementDetails a = bindingAgreement();
        byte[] pdf = agreements.pdf(a.id());
        save("人民调解协议书.pdf", pdf);
        String text = PdfText.of(pdf);

        assertThat(text).contains("人民调解协议书", "消费纠纷人民调解委员会", "字第" + a.id() + "号", a.caseRef())
                .as("parties' particulars").contains("甲方（消费者）：王芳", "11010519491231002X", "文三路1号",
                        "13800138000", "乙方（经营者）：法院文书测试旗舰店", "法定代表人（负责人）：赵某某", CREDIT_CODE)
                .as("the main facts and the terms with way and deadline").contains("纠纷主要事实、争议事项",
                        "一、乙方于2027年1月15日前向甲方退还货款人民币1,299.00元（履行方式：原路退回至支付账户）",
                        "二、乙方于本协议生效后向甲方赔礼道歉")
                .as("effect, copies, art. 31 and 33").contains("印章之日起生效", "一式3份", "第三十一条", "三十日内",
                        "第三十三条")
                .as("the mediator by full name, a place for the seal").contains("人民调解员：李文华",
                        "人民调解委员会（印章）", "人民调解员（签名）")
                .as("English translation below").contains("People'smediationagreement(translation)",
                        "shallrefundCNY1,299.00", "within30days")
                .contains(a.sha256());
        assertThat(INTERNAL).allSatisfy(word -> assertThat(text).doesNotContain(word));
    }

    @Test
    void particularsAreCheckedAndKeptFromOneVersionToTheNext() {
        String caseNumber = complaints.file(TestData.draft(data.merchant("当事人信息测试店").id())).caseNumber();
        List<ObligationLine> refund = List.of(new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.REFUND,
                new BigDecimal("10.00"), null, null));
        assertThatThrownBy(() -> drafting.draft(new AgreementDraft(caseNumber, null, null, null, refund,
                List.of(new PartyParticulars("CONSUMER", "110105194912310021", null, null, null, null)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsKey("parties[0].idNumber"));
        AgreementDetails draft = drafting.draft(new AgreementDraft(caseNumber, null, null, null, refund,
                List.of(new PartyParticulars("CONSUMER", "11010519491231002x", "杭州", null, null, null))));
        AgreementDetails revised = drafting.update(draft.id(), new AgreementDraft(caseNumber, null, null, null,
                refund));
        AgreementDetails.Party consumer = revised.parties().getFirst();
        assertThat(consumer.particulars().idNumber()).isEqualTo("11010519491231002X");
        assertThat(consumer.particulars().address()).isEqualTo("杭州");
        assertThat(consumer.particulars().contact()).as("taken from the case").contains("13800138000");
        assertThat(revised.parties().getLast().printedName()).isEqualTo("李文华");
    }

    @Test
    void theJointApplicationForJudicialConfirmationIsInTheCourtsForm() throws Exception {
        AgreementDetails a = bindingAgreement();
        byte[] pdf = packet.confirmationApplication(a.id());
        save("司法确认申请书.pdf", pdf);
        LocalDate effective = a.bindingAt().atZone(clock.getZone()).toLocalDate();
        String text = PdfText.of(pdf);
        assertThat(text).contains("司法确认申请书", "申请人（消费者）：王芳", "申请人（经营者）：法院文书测试旗舰店",
                        "请求事项", "事实与理由", "有效", "第三十三条", "第二百零五条", "此致", "申请人（签名、盖章或按指印）：王芳",
                        "附件", "证据目录")
                .contains(CourtDocument.zhDate(effective.plusDays(30)) + "前")
                .contains("Applicationforjudicialconfirmation(translation)");
        assertThat(INTERNAL).allSatisfy(word -> assertThat(text).doesNotContain(word));
    }

    @Test
    void anUnhonouredAgreementGetsAnEnforcementApplicationCitingTheRuling() throws Exception {
        AgreementDetails a = bindingAgreement();
        assertThatThrownBy(() -> packet.enforcementApplication(a.id(), null))
                .isInstanceOf(BusinessRuleException.class);
        overdue.markOverdue(LocalDate.of(2027, 2, 1));
        String before = PdfText.of(packet.enforcementApplication(a.id(), null));
        assertThat(before).contains("强制执行申请书", "申请执行人（消费者）：王芳", "被执行人（经营者）：法院文书测试旗舰店",
                "支付人民币1,299.00元", "尚未记录人民法院确认", "第二百零六条", "2027年1月15日");

        assertThatThrownBy(() -> followUp.recordConfirmation(a.id(), "示范区人民法院", " ", LocalDate.now(clock)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsOnlyKeys("ruling"));
        assertThatThrownBy(() -> followUp.recordConfirmation(a.id(), "示范区人民法院", "（2027）示0106民特1号",
                LocalDate.now(clock).plusDays(1))).isInstanceOf(InvalidInputException.class);
        AgreementDetails confirmed = followUp.recordConfirmation(a.id(), "示范区人民法院", "（2027）示0106民特1号",
                LocalDate.now(clock));
        assertThat(confirmed.confirmation().ruling()).isEqualTo("（2027）示0106民特1号");
        byte[] pdf = packet.enforcementApplication(a.id(), "CONSUMER");
        save("强制执行申请书.pdf", pdf);
        String after = PdfText.of(pdf);
        assertThat(after).contains("示范区人民法院（2027）示0106民特1号民事裁定书").doesNotContain("尚未记录人民法院确认");
        assertThat(INTERNAL).allSatisfy(word -> assertThat(after).doesNotContain(word));
    }

    @Test
    void thePacketSpeaksTheLanguageAskedFor() throws Exception {
        AgreementDetails a = bindingAgreement();
        Map<String, String> english = unzip(packet.zip(a.id(), Locale.ENGLISH));
        assertThat(english.keySet()).contains("02-application-for-judicial-confirmation.pdf", "04-parties.csv",
                "manifest.json");
        assertThat(english.get("04-parties.csv")).contains("Identity document no.", "Party A", "consumer",
                "In person", "李文华").doesNotContain("CONSUMER", "IN_PERSON", "doc-mediator");
        assertThat(english.get("03-case-summary.txt")).contains("Refund", "Party B → Party A")
                .doesNotContain("REFUND", "PENDING");
        Map<String, String> chinese = unzip(packet.zip(a.id(), Locale.SIMPLIFIED_CHINESE));
        assertThat(chinese.keySet()).contains("02-司法确认申请书.pdf", "04-当事人信息.csv");
        assertThat(chinese.get("04-当事人信息.csv")).contains("身份证件号码", "甲方", "消费者", "11010519491231002X");
    }

    /** Kept under target/documents to be looked at as images (pdftoppm). */
    private static void save(String name, byte[] pdf) throws Exception {
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents", name), pdf);
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
