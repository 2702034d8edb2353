package org.redress.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in view: title, navigation, language, sign-out. The navigation is read from the
 * {@code @Menu} annotations of the views (so this frame knows no feature) and shows only what the user's role may
 * open; each menu title is a message key.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, AccessAnnotationChecker access) {
        setPrimarySection(Section.DRAWER);
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("app-title");

        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (access.hasAccess(entry.menuClass())) {
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path(), icon(entry.icon())));
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
        logout.addClassName("app-logout");
        logout.setTooltipText(getTranslation("action.logout"));
        logout.setAriaLabel(getTranslation("action.logout"));
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

    /** "vaadin:folder-open" as written in {@code @Menu}. */
    private static Icon icon(String name) {
        int colon = name == null ? -1 : name.indexOf(':');
        return colon < 0 ? VaadinIcon.CIRCLE_THIN.create() : new Icon(name.substring(0, colon), name.substring(colon + 1));
    }
}
