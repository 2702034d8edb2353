package org.redress.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;

/**
 * The start page sends each role to where its work is: the first page of the menu the user may open (case workers
 * the case list, regulators the statistics).
 */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final AccessAnnotationChecker access;

    public HomeView(AccessAnnotationChecker access) {
        this.access = access;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MenuConfiguration.getMenuEntries().stream().filter(entry -> access.hasAccess(entry.menuClass()))
                .findFirst().ifPresent(entry -> event.forwardTo(entry.path().replaceFirst("^/", "")));
    }
}
