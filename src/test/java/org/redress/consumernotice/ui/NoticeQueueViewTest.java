package org.redress.consumernotice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.complaint.CaseWorkflow;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.consumernotice.CaseNotices;
import org.redress.consumernotice.NoticeStatus;
import org.redress.consumernotice.NoticeView;
import org.redress.merchant.MerchantSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Staff find the notices that could not be delivered across all cases, see why, and send them again. */
@RedressTest
class NoticeQueueViewTest extends SpringBrowserlessTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    CaseNotices notices;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData data;

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void aFailedNoticeShowsWhyAndIsSentAgainFromTheList() {
        MerchantSummary shop = data.merchant("通知队列测试店");
        ComplaintDetails c = complaints.file(TestData.draft(shop.id()).withChoices(false, false, true));
        workflow.transition(c.caseNumber(), ComplaintStatus.UNDER_REVIEW, null, null);
        workflow.transition(c.caseNumber(), ComplaintStatus.IN_MEDIATION, null, null);
        NoticeView accepted = notices.ofCase(c.caseNumber()).getFirst();
        jdbc.sql("""
                        update consumer_notice set status = 'FAILED', attempts = 4, next_attempt_at = null,
                        last_error = '§error.notification.failed§@NoticeChannel.EMAIL§w***@example.cn' where id = ?""")
                .param(accepted.id()).update();

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        NoticeQueueView view = navigate(NoticeQueueView.class);
        int row = rowOf(view, accepted.id());
        assertThat(test(view.grid).getCellText(row, 1)).isEqualTo(c.caseNumber());
        Component state = test(view.grid).getCellComponent(row, 4);
        assertThat(state.getElement().getTextRecursively()).contains("发送失败", "w***@example.cn")
                .doesNotContain("§", "error.");

        Button again = state.getChildren().filter(Button.class::isInstance).map(Button.class::cast).findFirst()
                .orElseThrow();
        test(again).click();
        assertThat(view.grid.getGenericDataView().getItems().map(NoticeView::id)).doesNotContain(accepted.id());
        view.status.setValue(NoticeStatus.PENDING);
        assertThat(view.grid.getGenericDataView().getItems().map(NoticeView::id)).contains(accepted.id());
    }

    private static int rowOf(NoticeQueueView view, long id) {
        List<NoticeView> items = view.grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("notice " + id + " not listed");
    }
}
