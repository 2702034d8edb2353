package org.redress.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.complaint.Category;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.PaymentMethod;
import org.redress.merchant.MerchantService;
import org.redress.merchant.NewMerchant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The search view reads its query from the URL, shows facet counts and finds committed complaints. */
@RedressTest
@WithMockUser(username = "staff", roles = "STAFF")
class SearchViewTest extends SpringBrowserlessTest {

    static String caseNumber;
    static Long merchantId;

    @Autowired
    ComplaintService complaints;
    @Autowired
    MerchantService merchants;

    @BeforeEach
    void data() {
        if (caseNumber != null) {
            return;
        }
        merchantId = merchants.create(new NewMerchant("检索视图测试店", "PINDUODUO", "PDD-SV-1")).id();
        ComplaintDraft d = TestData.draft(merchantId);
        caseNumber = complaints.file(new ComplaintDraft("SV-1", LocalDate.now().minusDays(2), d.channel(), "周敏",
                "13500001111", null, "湖南", null, merchantId, "PINDUODUO", null, null, null, new BigDecimal("66"),
                new BigDecimal("66"), PaymentMethod.INSTALMENTS, Category.HIDDEN_FEES,
                "分期付款说免息，实际每期多收服务费，客服踢皮球。", false, false)).caseNumber();
    }

    private SearchView open(String queryString) {
        UI.getCurrent().navigate("search",
                QueryParameters.fromString(queryString));
        return (SearchView) getCurrentView();
    }

    @Test
    void a_bookmarked_url_restores_the_query_and_filters_and_shows_the_hit_and_its_facets() {
        SearchView view = open("q=%E6%9C%8D%E5%8A%A1%E8%B4%B9&merchant=" + merchantId
                + "&category=HIDDEN_FEES&sort=newest");

        assertThat(view.text.getValue()).isEqualTo("服务费");
        assertThat(view.merchant.getValue().id()).isEqualTo(merchantId);
        assertThat(view.facets.get("category").getValue()).containsExactly("HIDDEN_FEES");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.grid.getGenericDataView().getItems().findFirst().orElseThrow().caseNumber())
                .isEqualTo(caseNumber);
        assertThat(view.facets.get("platform").getGenericDataView().getItems()).containsExactly("PINDUODUO");
        assertThat(view.total.getText()).isEqualTo("1 complaint");
    }

    @Test
    void choosing_a_facet_value_narrows_the_results_and_a_bad_parameter_is_ignored() {
        SearchView view = open("merchant=" + merchantId + "&from=not-a-date");
        assertThat(test(view.grid).size()).isEqualTo(1);

        view.facets.get("status").setValue(Set.of("CLOSED"));

        assertThat(test(view.grid).size()).isZero();
        assertThat(view.toParameters().getQueryString()).contains("status=CLOSED");
    }
}
