package org.redress.dispute.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Consumer;
import org.redress.dispute.ConsentDecision;
import org.redress.dispute.DisputeMemberRow;

/** The members of a dispute, paged: each complaint with its consumer, claim, status and consent, and what to do. */
class DisputeMembersGrid extends Grid<DisputeMemberRow> {

    DisputeMembersGrid(Consumer<String> askConsent, Consumer<String> remove) {
        addComponentColumn(r -> new Anchor("cases/" + r.caseNumber(), r.caseNumber()))
                .setHeader(getTranslation("complaint.caseNumber")).setAutoWidth(true);
        addColumn(DisputeMemberRow::consumerName).setHeader(getTranslation("complaint.consumerName"))
                .setAutoWidth(true);
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        addColumn(r -> money.format(r.amountClaimed())).setHeader(getTranslation("complaint.amountClaimed"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(r -> getTranslation("ComplaintStatus." + r.status().name()))
                .setHeader(getTranslation("complaint.status")).setAutoWidth(true);
        addColumn(r -> r.consent() == null ? getTranslation("dispute.consent.none")
                        : getTranslation("ConsentDecision." + r.consent().name()) + " · " + r.consentOn())
                .setHeader(getTranslation("dispute.consent")).setAutoWidth(true);
        addComponentColumn(r -> {
            Button consent = new Button(getTranslation("dispute.recordConsent"), e -> askConsent.accept(r.caseNumber()));
            consent.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button removing = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> remove.accept(r.caseNumber()));
            removing.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR,
                    ButtonVariant.LUMO_ICON);
            removing.setAriaLabel(getTranslation("dispute.remove") + " " + r.caseNumber());
            removing.setTooltipText(getTranslation("dispute.remove"));
            HorizontalLayout actions = new HorizontalLayout(consent, removing);
            actions.setSpacing(false);
            return actions;
        }).setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setSelectionMode(SelectionMode.MULTI);
        setHeight("30em");
        setPageSize(50);
        setEmptyStateText(getTranslation("dispute.noMembersFiltered"));
    }
}
