package org.redress.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.complaint.ui.CaseListView;
import org.redress.respondent.ui.RespondentWorkspaceView;
import org.redress.statistics.ui.StatisticsView;
import org.springframework.security.test.context.support.WithMockUser;

/** The menu comes from the views' {@code @Menu}: each role sees, in order, only the pages it may open. */
@RedressTest
class NavigationTest extends SpringBrowserlessTest {

    private List<String> menu() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void staffSeeCaseWorkInOrderAndNoAdministration() {
        navigate(CaseListView.class);
        assertThat(menu()).startsWith("Cases", "Search", "Merchants", "Duplicates", "Class disputes")
                .doesNotContain("Statistics", "Users", "Platforms", "Search index");
    }

    @Test
    @WithMockUser(username = "a-shop", roles = "RESPONDENT")
    void aRespondentSeesItsWorkspaceOnlyAndStartsThere() {
        assertThat(navigate("", RespondentWorkspaceView.class)).isInstanceOf(RespondentWorkspaceView.class);
        assertThat(menu()).containsExactly("Complaints to answer");
        UI.getCurrent().navigate("referrals");
        assertThat(getCurrentView()).isInstanceOf(ForbiddenPageView.class);
        UI.getCurrent().navigate("notices");
        assertThat(getCurrentView()).isInstanceOf(ForbiddenPageView.class);
    }

    @Test
    @WithMockUser(username = "regulator", roles = "REGULATOR")
    void aRegulatorSeesStatisticsOnlyAndStartsThere() {
        navigate(StatisticsView.class);
        assertThat(menu()).containsExactly("Statistics");
        assertThat(navigate("", StatisticsView.class)).isInstanceOf(StatisticsView.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorSeesEveryPage() {
        navigate(CaseListView.class);
        assertThat(menu()).hasSize(18).contains("Demo mailbox", "Referrals", "Consumer notices")
                .doesNotContain("Complaints to answer").endsWith("Search index");
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void anAddressOfAnotherRoleOrOfNothingGetsAPageInTheFrameWithAWayBack() {
        navigate(CaseListView.class);
        UI.getCurrent().navigate("statistics");
        assertThat(getCurrentView()).isInstanceOf(ForbiddenPageView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("Not open to your role");
        assertThat(menu()).as("in the portal's frame").contains("Cases");

        UI.getCurrent().navigate("no-such-page");
        assertThat(getCurrentView()).isInstanceOf(MissingPageView.class);
        assertThat(find(Anchor.class).withText("Back to the start page").exists()).isTrue();

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("no-such-page-2");
        assertThat(find(H2.class).single().getText()).isEqualTo("页面不存在");
    }
}
