package org.redress.dispute.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.NotFoundException;
import org.redress.base.ui.Notifications;
import org.redress.dispute.ConsentDecision;
import org.redress.dispute.ConsentLinks;
import org.redress.dispute.ConsentLinksSent;
import org.redress.dispute.DisputeConsents;
import org.redress.dispute.DisputeMemberRow;
import org.redress.dispute.DisputeMembers;
import org.redress.dispute.MemberCaseActions;
import org.redress.dispute.MemberFilter;

/**
 * The members of a dispute, however many: filtered by name, case number or consent, paged from the database, chosen
 * one by one or all that a filter shows, and acted on together (consent recorded, consent links sent), or added and
 * removed by case number.
 */
class DisputeMembersPanel extends VerticalLayout {

    static final String ANY = "ANY";
    static final String NONE = "NONE";

    final TextField search = new TextField();
    final Select<String> consent = new Select<>();
    final DisputeMembersGrid grid;
    final Span selection = new Span();
    final Button consentSelected = new Button();
    final Button consentFiltered = new Button();
    final Button sendLinks = new Button();
    final Button actOn = new Button();
    MemberActionsDialog actionsDialog;
    final TextField addCase = new TextField();
    final Button add = new Button();
    ConsentDialog consentDialog;
    ConfirmDialog linksDialog;

    private final DisputeMembers members;
    private final DisputeConsents consents;
    private final ConsentLinks links;
    private final MemberCaseActions actions;
    private final Clock clock;
    private final Runnable changed;
    private long disputeId;
    private long filteredCount;

    DisputeMembersPanel(DisputeMembers members, DisputeConsents consents, ConsentLinks links,
                        MemberCaseActions actions, Clock clock, Runnable changed, Consumer<String> remove) {
        this.actions = actions;
        this.members = members;
        this.consents = consents;
        this.links = links;
        this.clock = clock;
        this.changed = changed;
        setPadding(false);
        grid = new DisputeMembersGrid(this::askConsent, remove);
        search.setLabel(getTranslation("dispute.searchMembers"));
        search.setPlaceholder(getTranslation("dispute.searchMembersHint"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        consent.setLabel(getTranslation("dispute.consent"));
        consent.setItems(ANY, NONE, ConsentDecision.GIVEN.name(), ConsentDecision.REFUSED.name(),
                ConsentDecision.WITHDRAWN.name());
        consent.setItemLabelGenerator(c -> ANY.equals(c) ? getTranslation("dispute.consent.any")
                : NONE.equals(c) ? getTranslation("dispute.consent.none") : getTranslation("ConsentDecision." + c));
        consent.setValue(ANY);
        consent.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, consent);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        consentSelected.setText(getTranslation("dispute.consentSelected"));
        consentSelected.addClickListener(e -> askConsentForSelected());
        consentSelected.setEnabled(false);
        consentFiltered.addClickListener(e -> askConsentForFiltered());
        grid.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            selection.setText(n == 0 ? "" : getTranslation("dispute.selectedCount", n));
            consentSelected.setEnabled(n > 0);
        });
        sendLinks.addClickListener(e -> confirmSendLinks());
        sendLinks.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actOn.setText(getTranslation("dispute.actions"));
        actOn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actOn.addClickListener(e -> {
            actionsDialog = new MemberActionsDialog(actions, disputeId, grid.getSelectedItems().stream()
                    .map(DisputeMemberRow::caseNumber).sorted().toList(), filter(), filteredCount, this::recorded);
            actionsDialog.open();
        });
        HorizontalLayout bulk = new HorizontalLayout(consentSelected, consentFiltered, sendLinks, actOn, selection);
        bulk.setAlignItems(FlexComponent.Alignment.BASELINE);
        bulk.setWrap(true);
        bulk.addClassName("bulk-actions");

        addCase.setPlaceholder("RC-2026-000123");
        addCase.setLabel(getTranslation("dispute.addCase"));
        add.setText(getTranslation("dispute.add"));
        add.addClickListener(e -> addMember());
        addCase.addKeyPressListener(Key.ENTER, e -> addMember());
        HorizontalLayout adding = new HorizontalLayout(addCase, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("dispute.memberList")), filters, bulk, grid, adding);
    }

    void show(long disputeId) {
        this.disputeId = disputeId;
        refresh();
    }

    MemberFilter filter() {
        String c = consent.getValue() == null ? ANY : consent.getValue();
        return new MemberFilter(search.getValue(), ANY.equals(c) || NONE.equals(c) ? null
                : ConsentDecision.valueOf(c), NONE.equals(c));
    }

    void refresh() {
        MemberFilter filter = filter();
        long id = disputeId;
        filteredCount = members.count(id, filter);
        grid.deselectAll();
        grid.setItems(new CallbackDataProvider<DisputeMemberRow, Void>(
                query -> members.page(id, filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) filteredCount, DisputeMemberRow::caseNumber));
        consentFiltered.setText(getTranslation("dispute.consentFiltered", filteredCount));
        consentFiltered.setEnabled(filteredCount > 0);
        sendLinks.setText(getTranslation("dispute.sendLinks", filteredCount));
        sendLinks.setEnabled(filteredCount > 0);
    }

    void askConsent(String caseNumber) {
        open(new ConsentDialog(getTranslation("dispute.consentTitle", caseNumber), null, clock,
                (decision, on, channel) -> {
                    consents.record(disputeId, caseNumber, decision, on, channel);
                    return 1;
                }, this::recorded));
    }

    void askConsentForSelected() {
        List<String> chosen = grid.getSelectedItems().stream().map(DisputeMemberRow::caseNumber).sorted().toList();
        if (chosen.isEmpty()) {
            return;
        }
        open(new ConsentDialog(getTranslation("dispute.consentBulkTitle", chosen.size()),
                getTranslation("dispute.consentBulkText", chosen.size(),
                        String.join("、", chosen.subList(0, Math.min(5, chosen.size())))
                                + (chosen.size() > 5 ? " …" : "")), clock,
                (decision, on, channel) -> consents.recordAll(disputeId, chosen, decision, on, channel),
                this::recorded));
    }

    void askConsentForFiltered() {
        MemberFilter filter = filter();
        long n = filteredCount;
        open(new ConsentDialog(getTranslation("dispute.consentBulkTitle", n),
                getTranslation("dispute.consentFilteredText", n), clock,
                (decision, on, channel) -> consents.recordWhere(disputeId, filter, decision, on, channel),
                this::recorded));
    }

    void confirmSendLinks() {
        MemberFilter filter = filter();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("dispute.sendLinksTitle"),
                getTranslation("dispute.sendLinksText", filteredCount), getTranslation("dispute.sendLinksConfirm"),
                e -> {
                    try {
                        ConsentLinksSent sent = links.send(disputeId, filter);
                        Notifications.success(getTranslation("dispute.linksSent", sent.sent(),
                                sent.unreachable().size()));
                        changed.run();
                    } catch (BusinessRuleException ex) {
                        Notifications.error(ex.getMessage());
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        linksDialog = dialog;
        dialog.open();
    }

    private void open(ConsentDialog dialog) {
        consentDialog = dialog;
        dialog.open();
    }

    private void recorded() {
        refresh();
        changed.run();
    }

    void addMember() {
        String number = addCase.getValue().trim();
        if (number.isEmpty()) {
            addCase.setInvalid(true);
            addCase.setErrorMessage(getTranslation("dispute.caseRequired"));
            return;
        }
        try {
            members.add(disputeId, Set.of(number));
            addCase.clear();
            addCase.setInvalid(false);
            Notifications.success(getTranslation("dispute.added", number.toUpperCase()));
            recorded();
        } catch (BusinessRuleException | NotFoundException | InvalidInputException e) {
            addCase.setInvalid(true);
            addCase.setErrorMessage(e instanceof InvalidInputException invalid
                    ? String.join("; ", invalid.fieldErrors().values()) : e.getMessage());
        }
    }
}
