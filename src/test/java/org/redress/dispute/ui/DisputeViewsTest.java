package org.redress.dispute.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.PaymentMethod;
import org.redress.dispute.ConsentDecision;
import org.redress.dispute.DisputeConsents;
import org.redress.dispute.DisputeMembers;
import org.redress.dispute.DisputeService;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import org.redress.security.AccountProvisioning;
import org.redress.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Creating a class dispute from a suggestion, recording consent and adding members in the views. */
@RedressTest
@WithMockUser(username = "mediator", roles = "MEDIATOR")
class DisputeViewsTest extends SpringBrowserlessTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    MerchantService merchants;
    @Autowired
    DisputeService disputes;
    @Autowired
    DisputeMembers members;
    @Autowired
    DisputeConsents consents;
    @Autowired
    AccountProvisioning accounts;

    private String file(MerchantSummary shop, String phone) {
        return complaints.file(new ComplaintDraft(null, LocalDate.now().minusDays(1), Channel.PHONE, "纠纷视图" + phone,
                phone, null, "湖北", "武汉", shop.id(), "PINDUODUO", null, null, null, new BigDecimal("66.60"),
                new BigDecimal("66.60"), PaymentMethod.WALLET, Category.HIDDEN_FEES,
                "纠纷视图测试：拼团价格页面没有写明服务费，付款后多扣了钱。" + phone, true, false)).caseNumber();
    }

    @Test
    void aSuggestionBecomesADisputeAndConsentIsRecordedInTheView() {
        accounts.ensureAccount("dispute-lead", "纠纷主调解员", "long-enough-password",
                Set.of(Role.MEDIATOR));
        MerchantSummary shop = merchants.create(new NewMerchant("纠纷视图测试拼团店", "PINDUODUO", "PDD-CLASS-V"));
        String first = file(shop, "13900003001");
        file(shop, "13900003002");
        file(shop, "13900003003");

        DisputesView list = navigate(DisputesView.class);
        var suggestion = list.suggestions.getGenericDataView().getItems()
                .filter(s -> s.merchantId() == shop.id()).findFirst().orElseThrow();
        list.askTitle(suggestion);
        TextField title = find(TextField.class).withCaption("Title").single();
        assertThat(title.getValue()).startsWith("纠纷视图测试拼团店");
        test(title).setValue("");
        test(find(Button.class).withText("Create class dispute").last()).click();
        assertThat(title.isInvalid()).isTrue();
        assertThat(list.createDialog.isOpened()).isTrue();
        test(title).setValue("拼团隐藏收费");
        test(find(Button.class).withText("Create class dispute").last()).click();

        DisputeView view = (DisputeView) getCurrentView();
        assertThat(view.title.getText()).isEqualTo("拼团隐藏收费");
        assertThat(test(view.members.grid).size()).isEqualTo(3);

        view.members.askConsent(first);
        @SuppressWarnings("unchecked")
        Select<ConsentDecision> decision = find(Select.class).withCaption("Consent").last();
        test(find(Button.class).withText("Save").last()).click();
        assertThat(decision.isInvalid()).as("decision is required").isTrue();
        decision.setValue(ConsentDecision.GIVEN);
        @SuppressWarnings("unchecked")
        ComboBox<Channel> channel = find(ComboBox.class).withCaption("Channel").single();
        channel.setValue(Channel.PHONE);
        test(find(Button.class).withText("Save").last()).click();
        assertThat(view.members.consentDialog.isOpened()).isFalse();
        long id = disputes.list().stream().filter(d -> d.title().equals("拼团隐藏收费")).findFirst().orElseThrow().id();
        assertThat(members.consenting(id)).containsExactly(first);

        assertThat(view.leadMediator.getListDataView().getItems()).contains("dispute-lead");
        test(view.leadMediator).selectItem("dispute-lead");
        assertThat(disputes.get(id).leadMediator()).isEqualTo("dispute-lead");

        test(view.members.addCase).setValue("RC-1999-999999");
        test(view.members.add).click();
        assertThat(view.members.addCase.isInvalid()).isTrue();
        assertThat(view.members.addCase.getValue()).isEqualTo("RC-1999-999999");
    }
}
