package org.redress.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.redress.complaint.ui.CaseListView;
import org.redress.security.CurrentUser;
import org.redress.statistics.ui.StatisticsView;

/** The start page sends each role to where its work is: case workers to the case list, regulators to statistics. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(currentUser.isCaseWorker() ? CaseListView.class : StatisticsView.class);
    }
}
