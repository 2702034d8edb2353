package org.redress.consumernotice.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.redress.base.Roles;
import org.redress.consumernotice.CaseNotices;
import org.redress.consumernotice.NoticeStatus;
import org.redress.consumernotice.NoticeView;

/**
 * Consumer notices across all cases, the failed ones first: a notice that could not be delivered after its tries
 * is where staff correct the contact details or call the consumer, then send it again.
 */
@Menu(order = 8.6, title = "nav.notices", icon = "vaadin:comment-ellipsis-o")
@Route("notices")
@PageTitle("title.notices")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class NoticeQueueView extends VerticalLayout implements AfterNavigationObserver {

    final Select<NoticeStatus> status = new Select<>();
    final Grid<NoticeView> grid = new Grid<>();
    final NoticeCells cells;
    private final CaseNotices notices;

    public NoticeQueueView(CaseNotices notices, Clock clock) {
        this.notices = notices;
        this.cells = new NoticeCells(notices, clock, this::refresh);
        addClassName("notice-queue-view");
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("noticeQueue.hint"));
        hint.addClassName("view-hint");
        status.setLabel(getTranslation("notice.state"));
        status.setItems(NoticeStatus.FAILED, NoticeStatus.PENDING, NoticeStatus.SENT);
        status.setItemLabelGenerator(s -> getTranslation("NoticeStatus." + s.name()));
        status.setValue(NoticeStatus.FAILED);
        status.addValueChangeListener(e -> refresh());
        cells.addColumns(grid, g -> g.addComponentColumn(n -> new Anchor("cases/" + n.caseNumber(), n.caseNumber()))
                .setHeader(getTranslation("complaint.caseNumber")).setAutoWidth(true).setFlexGrow(0));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H2(getTranslation("nav.notices")), hint, status, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        grid.setItems(notices.withStatus(status.getValue()));
        grid.setEmptyStateText(getTranslation("noticeQueue.empty." + status.getValue().name()));
    }
}
