package org.redress.dispute.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Roles;
import org.redress.base.ui.Notifications;
import org.redress.dispute.CaseRef;
import org.redress.dispute.DisputeDetails;
import org.redress.dispute.DisputeMembers;
import org.redress.dispute.DisputeService;
import org.redress.dispute.DisputeSuggestion;
import org.redress.dispute.DisputeSummary;

/** Class disputes and the clusters of open complaints that could become one. */
@Menu(order = 5, title = "nav.disputes", icon = "vaadin:group")
@Route("disputes")
@PageTitle("title.disputes")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class DisputesView extends VerticalLayout {

    final Grid<DisputeSummary> disputes = new Grid<>();
    final Grid<DisputeSuggestion> suggestions = new Grid<>();
    final Paragraph noDisputes = new Paragraph();
    final Paragraph noSuggestions = new Paragraph();
    Dialog createDialog;
    ConfirmDialog confirmDialog;

    private final DisputeService service;
    private final DisputeMembers members;

    public DisputesView(DisputeService service, DisputeMembers members) {
        this.service = service;
        this.members = members;
        addClassName("disputes-view");
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        Paragraph hint = new Paragraph(getTranslation("disputes.hint"));
        hint.addClassName("view-hint");

        disputes.addColumn(d -> CaseRef.ofDispute(d.id()).toString()).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        disputes.addColumn(DisputeSummary::title).setHeader(getTranslation("dispute.title")).setFlexGrow(2);
        disputes.addColumn(DisputeSummary::merchantName).setHeader(getTranslation("complaint.merchant")).setFlexGrow(1);
        disputes.addColumn(d -> getTranslation("DisputeStatus." + d.status().name()))
                .setHeader(getTranslation("complaint.status")).setAutoWidth(true);
        disputes.addColumn(DisputeSummary::members).setHeader(getTranslation("dispute.members"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        disputes.addColumn(d -> d.leadMediator() == null ? "—" : d.leadMediator())
                .setHeader(getTranslation("dispute.leadMediator")).setAutoWidth(true);
        disputes.addItemClickListener(e -> open(e.getItem().id()));
        disputes.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        disputes.setAllRowsVisible(true);

        suggestions.addColumn(DisputeSuggestion::merchantName).setHeader(getTranslation("complaint.merchant"))
                .setAutoWidth(true).setFlexGrow(1);
        suggestions.addColumn(s -> getTranslation("Category." + s.category().name()))
                .setHeader(getTranslation("complaint.category")).setAutoWidth(true);
        suggestions.addColumn(DisputeSuggestion::complaints).setHeader(getTranslation("stats.complaints"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        suggestions.addColumn(DisputeSuggestion::consumers).setHeader(getTranslation("stats.consumers"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        suggestions.addColumn(s -> money.format(s.totalClaimed())).setHeader(getTranslation("complaint.amountClaimed"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        suggestions.addColumn(s -> s.firstReceived() + " – " + s.lastReceived())
                .setHeader(getTranslation("dispute.received")).setAutoWidth(true);
        suggestions.addComponentColumn(s -> {
            if (s.isAddition()) {
                Button add = new Button(getTranslation("dispute.addSuggested", s.complaints(),
                        CaseRef.ofDispute(s.existingDisputeId()).toString()), e -> confirmAddition(s));
                add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                add.getElement().setAttribute("title", s.existingDisputeTitle());
                return add;
            }
            Button create = new Button(getTranslation("dispute.create"), e -> askTitle(s));
            create.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return create;
        }).setAutoWidth(true).setFlexGrow(0);
        suggestions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        suggestions.setAllRowsVisible(true);

        noDisputes.setText(getTranslation("disputes.none"));
        noDisputes.addClassName("empty-state");
        noSuggestions.setText(getTranslation("disputes.noSuggestions"));
        noSuggestions.addClassName("empty-state");
        add(new H2(getTranslation("nav.disputes")), hint, noDisputes, disputes,
                new H3(getTranslation("disputes.suggestions")), new Paragraph(getTranslation("disputes.suggestionsHint")),
                noSuggestions, suggestions);
        refresh();
    }

    void refresh() {
        List<DisputeSummary> all = service.list();
        disputes.setItems(all);
        disputes.setVisible(!all.isEmpty());
        noDisputes.setVisible(all.isEmpty());
        List<DisputeSuggestion> found = service.suggestions(50);
        suggestions.setItems(found);
        suggestions.setVisible(!found.isEmpty());
        noSuggestions.setVisible(found.isEmpty());
    }

    void askTitle(DisputeSuggestion suggestion) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("dispute.createTitle"));
        TextField title = new TextField(getTranslation("dispute.title"));
        title.setValue(suggestion.merchantName() + " · " + getTranslation("Category." + suggestion.category().name()));
        title.setWidth("28em");
        title.setMaxLength(200);
        title.setRequired(true);
        dialog.add(new Paragraph(getTranslation("dispute.createText", suggestion.complaints(),
                suggestion.merchantName())), title);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Button create = new Button(getTranslation("dispute.create"), e -> {
            if (title.getValue().isBlank()) {
                title.setInvalid(true);
                title.setErrorMessage(getTranslation("dispute.titleRequired"));
                return;
            }
            try {
                DisputeDetails created = service.createFromSuggestion(suggestion, title.getValue());
                dialog.close();
                Notifications.success(getTranslation("dispute.created", created.title(), created.members()));
                open(created.id());
            } catch (BusinessRuleException | InvalidInputException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, create);
        dialog.open();
        createDialog = dialog;
        title.focus();
    }

    void confirmAddition(DisputeSuggestion suggestion) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("dispute.addSuggestedTitle"),
                getTranslation("dispute.addSuggestedText", suggestion.complaints(), suggestion.merchantName(),
                        CaseRef.ofDispute(suggestion.existingDisputeId()).toString(),
                        suggestion.existingDisputeTitle()),
                getTranslation("dispute.addSuggestedConfirm"), e -> {
                    try {
                        int added = members.addSuggested(suggestion);
                        Notifications.success(getTranslation("dispute.addedMany", added,
                                suggestion.existingDisputeTitle()));
                        open(suggestion.existingDisputeId());
                    } catch (BusinessRuleException | InvalidInputException ex) {
                        Notifications.error(ex.getMessage());
                        refresh();
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
        confirmDialog = dialog;
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(DisputeView.class, new RouteParameters("id", String.valueOf(id))));
    }
}
