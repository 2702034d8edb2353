package org.redress.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.audit.AuditRecord;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.PaymentMethod;
import org.redress.dispute.ui.ConsentByLinkView;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A member answers the consent question through a one-time link sent to their phone. */
@RedressTest
@WithMockUser(username = "staff", roles = "STAFF")
class ConsentLinksTest extends SpringBrowserlessTest {

    private static final Pattern LINK = Pattern.compile("/consent/([A-Za-z0-9_-]+)");

    @Autowired
    ConsentLinks links;
    @Autowired
    DisputeService disputes;
    @Autowired
    DisputeMembers members;
    @Autowired
    ComplaintService complaints;
    @Autowired
    MerchantService merchants;
    @Autowired
    AuditService audit;
    @Autowired
    TestData data;

    private String file(MerchantSummary shop, String phone) {
        return complaints.file(new ComplaintDraft(null, LocalDate.now().minusDays(1), Channel.PHONE, "链接成员" + phone,
                phone, null, "湖南", "长沙", shop.id(), "DOUYIN", null, null, null, new BigDecimal("58.00"),
                new BigDecimal("58.00"), PaymentMethod.BUY_NOW_PAY_LATER, Category.NOT_DELIVERED,
                "直播间买的电热毯没有发货。" + phone, true, false)).caseNumber();
    }

    private String token(String phone) {
        Matcher m = LINK.matcher(data.lastMessageTo(phone));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aMemberAnswersOnceThroughTheLinkAndTheLedgerShowsIt() {
        MerchantSummary shop = merchants.create(new NewMerchant("确认链接测试店", "DOUYIN", "DY-LINK-17"));
        String a = file(shop, "13300017001");
        String b = file(shop, "13300017002");
        long id = disputes.create(new NewDispute("电热毯集体纠纷", shop.id(), null, null, null, List.of(a, b))).id();

        ConsentLinksSent sent = links.send(id, MemberFilter.NOT_ANSWERED);
        assertThat(sent.sent()).isEqualTo(2);
        assertThat(data.lastMessageTo("13300017001")).contains("确认链接测试店", "/consent/");
        String token = token("13300017001");

        ConsentByLinkView view = navigate("consent/" + token, ConsentByLinkView.class);
        assertThat(view.getElement().getTextRecursively()).contains(a, "电热毯集体纠纷");
        test($(Button.class).withText("I agree to be represented").single()).click();
        assertThat(view.getElement().getTextRecursively()).contains("you agree to be represented");

        assertThat(members.consenting(id)).containsExactly(a);
        List<AuditRecord> timeline = audit.timeline(AuditSubject.COMPLAINT, complaints.get(a).id());
        assertThat(timeline).extracting(AuditRecord::action).contains("CONSENT_LINK_SENT", "DISPUTE_CONSENT");
        assertThat(timeline.stream().filter(r -> r.action().equals("DISPUTE_CONSENT")).findFirst().orElseThrow()
                .actor()).isEqualTo("consent-link");

        assertThatThrownBy(() -> links.answer(token, ConsentDecision.REFUSED))
                .as("a link works once").isInstanceOf(BusinessRuleException.class);
        UI.getCurrent().navigate("consent/" + token);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("used or has expired");
        UI.getCurrent().navigate("consent/not-a-token");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("not valid");

        links.answer(token("13300017002"), ConsentDecision.REFUSED);
        assertThat(disputes.get(id).consent()).containsEntry("GIVEN", 1L).containsEntry("REFUSED", 1L);
    }
}
