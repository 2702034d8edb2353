package org.redress.respondent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ui.CaseDetailView;
import org.redress.merchant.MerchantSummary;
import org.redress.respondent.NewRespondent;
import org.redress.respondent.ReferralStatus;
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
    void theRespondentAnswersInItsWorkspaceInChinese() {
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
        test(view.answer).click();
        assertThat(test(view.grid).size()).as("answered referrals leave the waiting list").isZero();
        assertThat(referrals.mine(Set.of(ReferralStatus.ANSWERED))).hasSize(1);
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
