package org.redress.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementQueries;
import org.redress.agreement.CollectiveSettlement;
import org.redress.dispute.DisputeDetails;
import org.redress.security.CurrentUser;
import org.redress.security.Role;

/** The agreements of one complaint or dispute, on its page, with the way to draft one. */
public class AgreementsPanel extends Div {

    final Grid<AgreementDetails> grid = new Grid<>();
    final Button draft = new Button();
    final Button collective = new Button();
    private boolean mayDraft;
    final Paragraph empty = new Paragraph();

    private final AgreementQueries agreements;
    private final CollectiveSettlement settlement;
    private final Clock clock;
    private DisputeDetails dispute;
    CollectiveDraftDialog collectiveDialog;
    private Map<String, String> subject = Map.of();

    AgreementsPanel(AgreementQueries agreements, CollectiveSettlement settlement, CurrentUser currentUser,
                    Clock clock) {
        this.agreements = agreements;
        this.settlement = settlement;
        this.clock = clock;
        addClassName("agreements-panel");
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        grid.addComponentColumn(a -> new Anchor("agreements/" + a.id(), "AG-" + a.id()))
                .setHeader(getTranslation("agreement.number")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("AgreementStatus." + a.status().name())
                        + (a.status().name().equals("DRAFT") ? " · v" + a.revision() : ""))
                .setHeader(getTranslation("complaint.status")).setAutoWidth(true);
        grid.addColumn(a -> money.format(a.moneyTotal())).setHeader(getTranslation("agreement.total"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.parties().stream().filter(AgreementDetails.Party::signed).count() + " / "
                + a.parties().size()).setHeader(getTranslation("agreement.signed")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("agreement.noneYet"));
        empty.addClassName("view-hint");
        draft.setText(getTranslation("agreement.draft"));
        draft.setIcon(VaadinIcon.FILE_TEXT_O.create());
        draft.addThemeVariants(ButtonVariant.LUMO_SMALL);
        draft.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("agreements/new",
                QueryParameters.simple(subject))));
        draft.setVisible(currentUser.hasRole(Role.MEDIATOR) || currentUser.hasRole(Role.ADMIN));
        collective.setText(getTranslation("settlement.draft"));
        collective.setIcon(VaadinIcon.USERS.create());
        collective.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        collective.addClickListener(e -> {
            collectiveDialog = new CollectiveDraftDialog(settlement, dispute.id(),
                    dispute.consent().getOrDefault("GIVEN", 0L), clock);
            collectiveDialog.open();
        });
        collective.setVisible(false);
        mayDraft = draft.isVisible();
        HorizontalLayout heading = new HorizontalLayout(new H3(getTranslation("agreement.agreements")), draft,
                collective);
        heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(heading, empty, grid);
    }

    public void showCase(String caseNumber) {
        subject = Map.of("case", caseNumber);
        show(agreements.ofCase(caseNumber));
    }

    public void showDispute(DisputeDetails shown) {
        dispute = shown;
        subject = Map.of("dispute", String.valueOf(shown.id()));
        collective.setVisible(mayDraft && shown.status().isOpen());
        show(agreements.ofDispute(shown.id()));
    }

    private void show(List<AgreementDetails> list) {
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        empty.setVisible(list.isEmpty());
    }
}
