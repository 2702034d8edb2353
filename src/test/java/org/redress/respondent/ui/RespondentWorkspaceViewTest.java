package org.redress.respondent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonTester;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.ui.CaseDetailView;
import org.redress.merchant.MerchantSummary;
import org.redress.respondent.NewRespondent;
import org.redress.respondent.NextStep;
import org.redress.respondent.ReferralStatus;
import org.redress.respondent.ReferralView;
import org.redress.respondent.Referrals;
import org.redress.respondent.RespondentDirectory;
import org.redress.respondent.RespondentKind;
import org.redress.respondent.ResponseCode;
import org.redress.security.SystemUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A merchant's account answers a referral in its workspace; staff refer from the case page and see the answer. */
@RedressTest
class RespondentWorkspaceViewTest extends SpringBrowserlessTest {

    @Autowired
    RespondentDirectory directory;
    @Autowired
    Referrals referrals;
    @Autowired
    ComplaintService complaints;
    @Autowired
    TestData data;

    private String referredCase(String username) {
        String[] number = new String[1];
        SystemUser.run(() -> {
            MerchantSummary shop = data.merchant("工作台测试店" + username);
            number[0] = complaints.file(TestData.draft(shop.id())).caseNumber();
            directory.create(new NewRespondent(RespondentKind.MERCHANT, List.of(shop.id()), null, null, null,
                    username, "Answer-Within-10-Days!"));
            referrals.refer(number[0], RespondentKind.MERCHANT, "请于期限内答复", null);
        });
        return number[0];
    }

    @Test
    @WithMockUser(username = "shop-view", roles = "RESPONDENT")
    void theRespondentAnswersInItsWorkspaceInChinese() throws Exception {
        String caseNumber = referredCase("shop-view");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        RespondentWorkspaceView view = navigate(RespondentWorkspaceView.class);
        assertThat(test(view.grid).size()).isEqualTo(1);
        test(view.grid).select(0);
        assertThat(view.detail.getElement().getTextRecursively()).as("this consumer agreed to share contact details")
                .contains(caseNumber, "直播间先用后付买的手机", "王芳", "13800138000");
        assertThat(view.code.getListDataView().getItems()).doesNotContain(ResponseCode.INSTALMENTS_PAUSED);
        test(view.answer).click();
        assertThat(view.code.isInvalid()).as("an outcome is required").isTrue();
        view.code.setValue(ResponseCode.CLOSED_WITH_MONETARY_RELIEF);
        view.message.setValue("已原路退款");
        view.amount.setValue(new BigDecimal("1299.00"));
        Path voucher = Files.createTempFile("voucher", ".pdf");
        Files.writeString(voucher, "%PDF-1.4 退款凭证");
        view.files.add("退款凭证.pdf", voucher);
        test(view.answer).click();
        assertThat(test(view.grid).size()).as("answered referrals leave the waiting list").isZero();
        assertThat(referrals.mine(Set.of(ReferralStatus.ANSWERED))).singleElement()
                .satisfies(r -> assertThat(r.referral().responses().getFirst().attachments())
                        .extracting(ReferralView.Attachment::name).containsExactly("退款凭证.pdf"));
        assertThat(view.files.count()).as("the form is emptied for the next answer").isZero();
        assertThat(view.figures.getText()).contains("共收到转办 1 件", "已答复 1 件", "100%");
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void staffRecordTheConsumersWordAndCloseTheCaseFromTheCasePage() {
        String number = referredCase("shop-close");
        long referral = referrals.ofCase(number).getFirst().id();
        TestData.asUser("shop-close", "RESPONDENT", () -> referrals.respond(referral,
                ResponseCode.CLOSED_WITH_MONETARY_RELIEF, "已退款", new BigDecimal("1299.00")));
        navigate("cases/" + number, CaseDetailView.class);
        ReferralsPanel panel = find(ReferralsPanel.class).single();
        action(panel, "Next step…").click();
        @SuppressWarnings("unchecked")
        Select<NextStep> step = find(Select.class).withCaption("Next step").single();
        assertThat(step.getItemEnabledProvider().test(NextStep.CLOSE)).as("closing waits for the consumer").isFalse();
        test(find(Button.class).withText("Cancel").last()).click();

        action(panel, "Record consumer's word").click();
        test(find(Button.class).withText("Save").last()).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> says = find(RadioButtonGroup.class).single();
        assertThat(says.isInvalid()).as("the consumer's answer is required").isTrue();
        says.setValue(Boolean.TRUE);
        test(find(Button.class).withText("Save").last()).click();
        ReferralsPanel reloaded = find(ReferralsPanel.class).single();
        assertThat(test(reloaded.grid).getCellText(0, 4)).contains("Consumer: settled");

        action(reloaded, "Next step…").click();
        @SuppressWarnings("unchecked")
        Select<NextStep> again = find(Select.class).withCaption("Next step").single();
        again.setValue(NextStep.CLOSE);
        test(find(Button.class).withText("Take step").single()).click();
        assertThat(complaints.get(number).status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(test(find(ReferralsPanel.class).single().grid).getCellText(0, 4))
                .contains("Settled, close the case");
    }

    /** A button in the first referral's actions cell (grid cells are rendered on demand, so found through it). */
    private ButtonTester<Button> action(ReferralsPanel panel, String text) {
        Component cell = test(panel.grid).getCellComponent(0, 5);
        return test(cell.getChildren().map(Button.class::cast).filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text)));
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void staffReferFromTheCasePageAndSeeTheReferral() {
        String number = referredCase("shop-case");
        CaseDetailView page = navigate("cases/" + number, CaseDetailView.class);
        ReferralsPanel panel = find(ReferralsPanel.class).single();
        assertThat(test(panel.grid).size()).isEqualTo(1);
        assertThat(page.getElement().getTextRecursively()).contains("Referrals to the respondent");
        panel.askReferral();
        test(find(Button.class).withText("Refer").last()).click();
        assertThat(panel.referDialog.isOpened()).as("a second referral to the merchant waits for the first")
                .isTrue();
    }
}
