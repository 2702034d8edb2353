package org.redress.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.redress.complaint.ui.CaseListView;
import org.redress.complaint.ui.IntakeView;
import org.redress.complaint.ui.MerchantsView;
import org.redress.complaint.ui.SearchView;
import org.redress.merchant.ui.PlatformAdminView;
import org.redress.search.ui.SearchIndexView;
import org.redress.security.ui.UserAdminView;
import org.redress.statistics.ui.StatisticsView;

/** The frame around every signed-in view: title, navigation (only what the user's role may open), language, sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private record NavEntry(String labelKey, VaadinIcon icon, Class<? extends com.vaadin.flow.component.Component> view) {
    }

    private static final List<NavEntry> ENTRIES = List.of(
            new NavEntry("nav.cases", VaadinIcon.FOLDER_OPEN, CaseListView.class),
            new NavEntry("nav.search", VaadinIcon.SEARCH, SearchView.class),
            new NavEntry("nav.merchants", VaadinIcon.SHOP, MerchantsView.class),
            new NavEntry("nav.duplicates", VaadinIcon.COPY, org.redress.duplicate.ui.DuplicatesView.class),
            new NavEntry("nav.disputes", VaadinIcon.GROUP, org.redress.dispute.ui.DisputesView.class),
            new NavEntry("nav.sessions", VaadinIcon.CALENDAR_USER, org.redress.mediation.ui.SessionsView.class),
            new NavEntry("nav.calendar", VaadinIcon.CALENDAR, org.redress.mediation.ui.CalendarView.class),
            new NavEntry("nav.followUp", VaadinIcon.FILE_TEXT_O, org.redress.agreement.ui.FollowUpView.class),
            new NavEntry("nav.intake", VaadinIcon.PLUS_CIRCLE, IntakeView.class),
            new NavEntry("nav.statistics", VaadinIcon.BAR_CHART, StatisticsView.class),
            new NavEntry("nav.users", VaadinIcon.USERS, UserAdminView.class),
            new NavEntry("nav.platforms", VaadinIcon.CLUSTER, PlatformAdminView.class),
            new NavEntry("nav.rooms", VaadinIcon.OFFICE, org.redress.mediation.ui.RoomsView.class),
            new NavEntry("nav.ties", VaadinIcon.SCALE_UNBALANCE, org.redress.mediation.ui.TiesView.class),
            new NavEntry("nav.index", VaadinIcon.DATABASE, SearchIndexView.class));

    public MainLayout(AuthenticationContext authentication, AccessAnnotationChecker access) {
        setPrimarySection(Section.DRAWER);
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("app-title");

        SideNav nav = new SideNav();
        for (NavEntry entry : ENTRIES) {
            if (access.hasAccess(entry.view())) {
                nav.addItem(new SideNavItem(getTranslation(entry.labelKey()), entry.view(), entry.icon().create()));
            }
        }
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("app-brand");
        addToDrawer(brand, nav);

        String user = authentication.getPrincipalName().orElse("");
        Span who = new Span(VaadinIcon.USER.create(), new Span(user));
        who.addClassName("app-user");
        Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout right = new HorizontalLayout(new LanguageSwitch(), who, logout);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.addClassName("app-navbar-right");
        HorizontalLayout bar = new HorizontalLayout(title, right);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        bar.addClassName("app-navbar");
        addToNavbar(new DrawerToggle(), bar);
    }
}
