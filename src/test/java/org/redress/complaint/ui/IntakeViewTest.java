package org.redress.complaint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.base.Texts;
import org.redress.complaint.Category;
import org.redress.complaint.ComplaintFilter;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.EvidenceItem;
import org.redress.complaint.EvidenceService;
import org.redress.complaint.EvidenceType;
import org.redress.complaint.PaymentMethod;
import org.redress.dispute.DisputeService;
import org.redress.dispute.NewDispute;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.PlatformService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@RedressTest
@Transactional
@WithMockUser(username = "staff", roles = "STAFF")
class IntakeViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    ComplaintService complaints;
    @Autowired
    PlatformService platforms;

    private void fillValid(IntakeView view, MerchantSummary merchant) {
        ComplaintForm form = view.form;
        test(form.consumerName).setValue("陈静");
        test(form.consumerPhone).setValue("13512345678");
        form.province.setValue("四川");
        form.merchant.setValue(merchant);
        test(form.paymentMethod).selectItem("Use first, pay later (先用后付)");
        test(form.category).selectItem("Merchant absconded");
        test(form.amountPaid).setValue(new BigDecimal("499.00"));
        test(form.amountClaimed).setValue(new BigDecimal("499.00"));
        test(form.narrative).setValue("快手直播间先用后付买的扫地机器人没有发货，商家跑路。");
    }

    @Test
    void filing_a_valid_complaint_saves_it_and_opens_its_case() {
        MerchantSummary merchant = data.merchant("星辰数码直播间");
        IntakeView view = navigate(IntakeView.class);
        fillValid(view, merchant);

        assertThat(view.form.platform.getValue().code()).as("platform taken from the merchant").isEqualTo("KUAISHOU");
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(CaseDetailView.class);
        CaseDetailView detail = (CaseDetailView) getCurrentView();
        assertThat(detail.title.getText()).startsWith("RC-");
        var saved = complaints.get(detail.title.getText());
        assertThat(saved.consumerName()).isEqualTo("陈静");
        assertThat(saved.paymentMethod()).isEqualTo(PaymentMethod.BUY_NOW_PAY_LATER);
        assertThat(saved.category()).isEqualTo(Category.MERCHANT_ABSCONDED);
        assertThat(saved.merchantId()).isEqualTo(merchant.id());
    }

    @Test
    void a_likely_duplicate_is_shown_before_filing_and_staff_may_file_anyway() {
        MerchantSummary merchant = data.merchant("登记查重直播间");
        IntakeView view = navigate(IntakeView.class);
        fillValid(view, merchant);
        test(view.form.consumerPhone).setValue("13599990000");
        test(view.save).click();
        String first = ((CaseDetailView) getCurrentView()).title.getText();

        IntakeView again = navigate(IntakeView.class);
        fillValid(again, merchant);
        test(again.form.consumerPhone).setValue("13599990000");
        long before = complaints.count(ComplaintFilter.all());
        test(again.save).click();

        assertThat(again.hintDialog.isOpened()).isTrue();
        assertThat(again.hintDialog.getElement().getTextRecursively()).contains(first);
        assertThat(complaints.count(ComplaintFilter.all())).isEqualTo(before);
        test(find(Button.class).withText("File anyway").single()).click();
        assertThat(complaints.count(ComplaintFilter.all())).isEqualTo(before + 1);
        assertThat(getCurrentView()).isInstanceOf(CaseDetailView.class);
    }

    @Autowired
    DisputeService disputes;

    @Test
    void a_new_complaint_can_join_an_open_class_dispute_against_its_merchant() {
        MerchantSummary merchant = data.merchant("登记集体纠纷直播间");
        String member = complaints.file(TestData.draft(merchant.id())).caseNumber();
        var dispute = disputes.create(new NewDispute("登记集体纠纷", merchant.id(), null, null,
                null, List.of(member)));
        IntakeView view = navigate(IntakeView.class);
        fillValid(view, merchant);
        test(view.form.consumerPhone).setValue("13588887777");
        test(view.form.narrative).setValue("另一位消费者：直播间下单的空调一直没有安装，商家失联。");
        test(view.save).click();

        assertThat(view.hintDialog.isOpened()).isTrue();
        assertThat(view.hintDialog.getElement().getTextRecursively()).contains("登记集体纠纷");
        test(find(Button.class).withText("File and add to this dispute").single())
                .click();
        assertThat(disputes.get(dispute.id()).members()).isEqualTo(2);
        assertThat(getCurrentView()).isInstanceOf(CaseDetailView.class);
    }

    @Test
    void missing_fields_are_flagged_nothing_is_saved_and_what_was_typed_stays() {
        IntakeView view = navigate(IntakeView.class);
        long before = complaints.count(ComplaintFilter.all());
        test(view.form.consumerName).setValue("Emily Chen");
        test(view.form.narrative).setValue("Goods never arrived.");

        test(view.save).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.form.merchant.isInvalid()).isTrue();
        assertThat(view.form.amountPaid.isInvalid()).isTrue();
        assertThat(view.form.consumerPhone.isInvalid()).as("a phone or an e-mail is required").isTrue();
        assertThat(view.form.consumerName.getValue()).isEqualTo("Emily Chen");
        assertThat(view.form.narrative.getValue()).isEqualTo("Goods never arrived.");
        assertThat(complaints.count(ComplaintFilter.all())).isEqualTo(before);
    }

    @Test
    void an_amount_with_three_decimals_and_a_bad_email_are_explained_next_to_the_field() {
        IntakeView view = navigate(IntakeView.class);
        fillValid(view, data.merchant("乐享家居旗舰店"));
        test(view.form.amountClaimed).setValue(new BigDecimal("12.345"));
        test(view.form.consumerEmail).setValue("not-an-address");

        test(view.save).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.form.amountClaimed.isInvalid()).isTrue();
        assertThat(view.form.amountClaimed.getErrorMessage()).isEqualTo("At most two decimals");
        assertThat(view.form.consumerEmail.getErrorMessage()).isEqualTo("Not an e-mail address");
    }

    @Test
    void a_future_date_says_so_and_evidence_chosen_on_the_form_is_attached_to_the_new_case() throws Exception {
        IntakeView view = navigate(IntakeView.class);
        fillValid(view, data.merchant("登记证据直播间"));
        view.form.receivedAt.setValue(LocalDate.now().plusDays(2));
        test(view.save).click();
        assertThat(view.form.receivedAt.isInvalid()).isTrue();
        assertThat(view.form.receivedAt.getErrorMessage()).isEqualTo(getTranslation("validation.future"));
        assertThat(view.form.narrative.getValue()).as("nothing typed is lost").contains("扫地机器人");

        view.form.receivedAt.setValue(LocalDate.now());
        Path screenshot = Files.createTempFile("order", ".png");
        Files.write(screenshot, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0});
        view.evidence.pending.add(new IntakeEvidence.Pending(EvidenceType.ORDER_SCREENSHOT, "订单截图.png", screenshot));
        test(view.save).click();
        String caseNumber = ((CaseDetailView) getCurrentView()).title.getText();
        assertThat(evidence.list(caseNumber)).extracting(EvidenceItem::originalName).containsExactly("订单截图.png");
        assertThat(Files.exists(screenshot)).as("the temporary file is gone").isFalse();
    }

    @Autowired
    EvidenceService evidence;

    private static String getTranslation(String key) {
        return Texts.render(key, Locale.ENGLISH);
    }
}
