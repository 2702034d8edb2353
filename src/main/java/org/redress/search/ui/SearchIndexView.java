package org.redress.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.redress.base.Roles;
import org.redress.search.IndexMaintenance;

/** The search index's state, and a rebuild from the database with its progress. Administrators only. */
@Menu(order = 15, title = "nav.index", icon = "vaadin:database")
@Route("admin/search-index")
@PageTitle("title.searchIndex")
@RolesAllowed(Roles.ADMIN)
public class SearchIndexView extends VerticalLayout {

    private final IndexMaintenance maintenance;
    final ProgressBar progress = new ProgressBar();
    final Span state = new Span();
    final Button rebuild = new Button();

    public SearchIndexView(IndexMaintenance maintenance) {
        this.maintenance = maintenance;
        Paragraph explain = new Paragraph(getTranslation("index.explain"));
        explain.addClassName("view-hint");
        rebuild.setText(getTranslation("index.rebuild"));
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("index.rebuild"),
                    getTranslation("index.rebuild.text"), getTranslation("index.rebuild"), ok -> {
                        maintenance.rebuild();
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
        progress.setWidth("30em");
        add(new H2(getTranslation("nav.index")), explain, state, progress, rebuild);
        refresh();
    }

    void refresh() {
        IndexMaintenance.Status status = maintenance.status();
        progress.setVisible(status.running());
        progress.setIndeterminate(status.total() == 0);
        if (status.total() > 0) {
            progress.setValue(Math.min(1.0, status.done() / (double) status.total()));
        }
        state.setText(status.running() ? getTranslation("index.running", status.done(), status.total())
                : status.lastMessage().isEmpty() ? getTranslation("index.idle") : status.lastMessage());
        rebuild.setEnabled(!status.running());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(1000);
        event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }
}
