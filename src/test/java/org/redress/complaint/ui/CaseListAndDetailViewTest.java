package org.redress.complaint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@RedressTest
@Transactional
@WithMockUser(username = "staff", roles = "STAFF")
class CaseListAndDetailViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    ComplaintService complaints;

    @Test
    void the_list_finds_a_case_by_its_number_and_opens_it_on_click() {
        ComplaintDetails filed = complaints.file(TestData.draft(data.merchant("金福珠宝直播间").id()));
        complaints.file(TestData.draft(data.merchant("青柠服饰小店").id()));
        CaseListView list = navigate(CaseListView.class);
        assertThat(test(list.grid).size()).isGreaterThanOrEqualTo(2);

        test(list.text).setValue(filed.caseNumber());

        assertThat(test(list.grid).size()).isEqualTo(1);
        assertThat(list.total.getText()).isEqualTo("1 case");
        test(list.grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(CaseDetailView.class);
        assertThat(((CaseDetailView) getCurrentView()).title.getText()).isEqualTo(filed.caseNumber());
    }

    @Test
    void the_status_filter_narrows_the_list() {
        ComplaintDetails filed = complaints.file(TestData.draft(data.merchant("森林茶叶官方店").id()));
        CaseListView list = navigate(CaseListView.class);
        test(list.text).setValue(filed.caseNumber());
        list.status.setValue(Set.of(ComplaintStatus.IN_MEDIATION));
        assertThat(test(list.grid).size()).isZero();
        list.status.setValue(Set.of(ComplaintStatus.RECEIVED));
        assertThat(test(list.grid).size()).isEqualTo(1);
    }

    @Test
    void a_status_step_is_confirmed_and_then_shows_in_the_badge_and_the_timeline() {
        ComplaintDetails filed = complaints.file(TestData.draft(data.merchant("甜心母婴优选").id()));
        CaseDetailView view = navigate(CaseDetailView.class, Map.of("caseNumber", filed.caseNumber()));

        Button startReview = find(Button.class).withText("Start review").single();
        test(startReview).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        test(confirm).confirm();

        assertThat(complaints.get(filed.caseNumber()).status()).isEqualTo(ComplaintStatus.UNDER_REVIEW);
        assertThat(view.badges.getChildren().findFirst().orElseThrow().getElement().getText()).isEqualTo("Under review");
        assertThat(find(Button.class).withText("Start review").all()).isEmpty();
        assertThat(find(Div.class).withClassName("audit-entry").all())
                .anySatisfy(entry -> assertThat(entry.getElement().getTextRecursively()).contains("Changed the status"));
    }

    @Test
    void an_unknown_case_number_goes_back_to_the_list() {
        CaseListView list = navigate("cases/RC-1999-000000", CaseListView.class);
        assertThat(getCurrentView()).isSameAs(list);
    }
}
