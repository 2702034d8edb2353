package org.redress.respondent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.complaint.ComplaintService;
import org.redress.merchant.MerchantSummary;
import org.redress.respondent.NewRespondent;
import org.redress.respondent.ReferralStatus;
import org.redress.respondent.ReferralView;
import org.redress.respondent.Referrals;
import org.redress.respondent.RespondentDirectory;
import org.redress.respondent.RespondentKind;
import org.redress.respondent.ResponseCode;
import org.redress.security.SystemUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Staff see every referral across cases: the overdue ones first, and the answers still waiting for a decision. */
@RedressTest
class ReferralQueueViewTest extends SpringBrowserlessTest {

    @Autowired
    RespondentDirectory directory;
    @Autowired
    Referrals referrals;
    @Autowired
    ComplaintService complaints;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData data;

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void overdueReferralsComeFirstAndAnswersWaitForTheNextStep() {
        String[] numbers = new String[3];
        SystemUser.run(() -> {
            MerchantSummary shop = data.merchant("队列测试店");
            for (int i = 0; i < 3; i++) {
                numbers[i] = complaints.file(TestData.draft(shop.id())).caseNumber();
            }
            directory.create(new NewRespondent(RespondentKind.MERCHANT, List.of(shop.id()), null, null, null,
                    "queue-shop", "Answer-Within-10-Days!"));
            for (String number : numbers) {
                referrals.refer(number, RespondentKind.MERCHANT, "请答复", null);
            }
        });
        long late = referrals.ofCase(numbers[2]).getFirst().id();
        jdbc.sql("update referral set due_on = ? where id = ?").params(LocalDate.now().minusDays(3), late).update();
        referrals.markOverdue(LocalDate.now());
        long answered = referrals.ofCase(numbers[1]).getFirst().id();
        TestData.asUser("queue-shop", "RESPONDENT", () -> referrals.respond(answered,
                ResponseCode.CLOSED_WITH_EXPLANATION, "已发货，物流单号见附件", null));

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        ReferralQueueView view = navigate(ReferralQueueView.class);
        List<String> waiting = ours(view, numbers);
        assertThat(waiting).as("the overdue one first, the answered one not waiting").containsExactly(numbers[2],
                numbers[0]);
        assertThat(view.cards.getElement().getTextRecursively()).contains("逾期未答复", "待答复");
        ReferralView overdue = test(view.grid).getRow(0);
        assertThat(overdue.status()).isEqualTo(ReferralStatus.OVERDUE);

        view.show.setValue(ReferralQueueView.Show.TO_DECIDE);
        assertThat(ours(view, numbers)).containsExactly(numbers[1]);
        int row = rowOf(view, numbers[1]);
        assertThat(test(view.grid).getCellText(row, 5)).contains("已办结，作出解释", "按期");
    }

    private List<String> ours(ReferralQueueView view, String[] numbers) {
        return view.grid.getGenericDataView().getItems().map(ReferralView::caseNumber)
                .filter(n -> List.of(numbers).contains(n)).toList();
    }

    private int rowOf(ReferralQueueView view, String caseNumber) {
        List<ReferralView> items = view.grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).caseNumber().equals(caseNumber)) {
                return i;
            }
        }
        throw new AssertionError(caseNumber + " not in the queue");
    }
}
