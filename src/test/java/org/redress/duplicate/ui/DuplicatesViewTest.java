package org.redress.duplicate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.PaymentMethod;
import org.redress.complaint.ui.CaseDetailView;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import com.vaadin.flow.component.UI;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Comparing and merging a likely duplicate from the queue, refusing a cross-merchant merge without a reason. */
@RedressTest
@WithMockUser(username = "staff", roles = "STAFF")
class DuplicatesViewTest extends SpringBrowserlessTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    MerchantService merchants;

    private String file(MerchantSummary merchant, String phone, String amount, String narrative) {
        return complaints.file(new ComplaintDraft(null, LocalDate.now().minusDays(1), Channel.WEB, "视图顾客", phone,
                null, "广东", "广州", merchant.id(), "KUAISHOU", null, null, null, new BigDecimal(amount),
                new BigDecimal(amount), PaymentMethod.CARD, Category.NOT_DELIVERED, narrative, true, false)).caseNumber();
    }

    @Test
    void aLikelyDuplicateIsComparedAndMergedAfterConfirmation() {
        MerchantSummary shop = merchants.create(new NewMerchant("查重视图测试店", "KUAISHOU", "KS-DUPVIEW-1"));
        String a = file(shop, "13512340001", "120.00", "查重视图：下单的台灯一直没发货，客服不回复，要求退款。订单尾号4411。");
        String b = file(shop, "13512340001", "150.00", "查重视图：下单的台灯一直没有发货，客服不回复，要求退款！订单尾号4411。");

        UI.getCurrent().navigate("duplicates", QueryParameters.fromString("case=" + a));
        DuplicatesView view = (DuplicatesView) getCurrentView();
        assertThat(test(view.grid).size()).isEqualTo(1);
        test(view.grid).select(0);
        assertThat(find(Span.class).all()).anyMatch(s -> s.hasClassName("changed"));
        assertThat(view.acrossMerchants.isVisible()).isFalse();

        test(view.merge).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(complaints.get(b).status()).isEqualTo(ComplaintStatus.MERGED);
        assertThat(complaints.get(a).amountClaimed()).isEqualByComparingTo("150.00");
        assertThat(test(view.grid).size()).isZero();

        CaseDetailView detail = navigate("cases/" + a, CaseDetailView.class);
        assertThat(find(Anchor.class).all()).anyMatch(link -> link.getText().equals(b));
    }

    @Test
    void mergingAcrossMerchantsNeedsConfirmationAndAReason() {
        MerchantSummary shop = merchants.create(new NewMerchant("查重跨商家测试店", "KUAISHOU", "KS-DUPVIEW-2"));
        MerchantSummary service = merchants.create(new NewMerchant("查重跨商家测试平台客服", "KUAISHOU", "KS-DUPVIEW-CS"));
        String text = "查重跨商家：直播间买的羽绒服是假货，充绒量严重不足，商家拒绝退货。订单尾号9921，12月3日下单。";
        String a = file(shop, "13512340002", "600.00", text);
        String b = file(service, "13512340002", "600.00", text);

        UI.getCurrent().navigate("duplicates", QueryParameters.fromString("case=" + a));
        DuplicatesView view = (DuplicatesView) getCurrentView();
        test(view.grid).select(0);
        assertThat(view.acrossMerchants.isVisible()).isTrue();
        test(view.merge).click();
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(find(ConfirmDialog.class).all()).isEmpty();
        assertThat(complaints.get(b).status()).isNotEqualTo(ComplaintStatus.MERGED);

        test(view.acrossMerchants).click();
        test(view.reason).setValue("同一诉求分别投诉店铺和平台客服");
        test(view.merge).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(complaints.get(b).status()).isEqualTo(ComplaintStatus.MERGED);
    }
}
