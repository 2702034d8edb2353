package org.redress.duplicate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.redress.base.ui.Notifications;
import org.redress.complaint.CaseMerging;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.MergeRequest;
import org.redress.duplicate.DuplicateCandidate;
import org.redress.duplicate.DuplicateScan;
import org.redress.duplicate.DuplicateService;
import org.redress.duplicate.QueueEntry;
import org.redress.merchant.PlatformService;

/**
 * The duplicates queue: likely duplicate pairs, highest score first, each opened side by side with the differences
 * marked, then merged (choosing the surviving case and the amount to keep) or dismissed. With {@code ?case=RC-...}
 * it lists that one case's likely duplicates instead. Also starts the full duplicate pass and shows its progress.
 */
@Menu(order = 4, title = "nav.duplicates", icon = "vaadin:copy")
@Route("duplicates")
@PageTitle("title.duplicates")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class DuplicatesView extends VerticalLayout implements BeforeEnterObserver {

    enum Keep { HIGHEST, FIRST, SECOND }

    final Grid<QueueEntry> grid = new Grid<>();
    final Div detail = new Div();
    final FullPassBar passBar;
    final Paragraph empty = new Paragraph();
    final RadioButtonGroup<String> survivor = new RadioButtonGroup<>();
    final RadioButtonGroup<Keep> keep = new RadioButtonGroup<>();
    final Checkbox acrossMerchants = new Checkbox();
    final TextField reason = new TextField();
    final Button merge = new Button();
    final Button dismiss = new Button();

    private final DuplicateService duplicates;
    private final DuplicateScan scan;
    private final CaseMerging merging;
    private final ComplaintService complaints;
    private final PlatformService platforms;
    private final Span heading = new Span();
    private String forCase;
    private QueueEntry current;

    public DuplicatesView(DuplicateService duplicates, DuplicateScan scan, CaseMerging merging,
                          ComplaintService complaints, PlatformService platforms) {
        this.duplicates = duplicates;
        this.platforms = platforms;
        this.scan = scan;
        this.merging = merging;
        this.complaints = complaints;
        addClassName("duplicates-view");
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("duplicates.hint"));
        hint.addClassName("view-hint");
        passBar = new FullPassBar(scan, () -> {
            if (forCase == null) {
                heading.setText(getTranslation("duplicates.open", duplicates.openCount()));
                grid.getDataProvider().refreshAll();
            }
        });
        passBar.setAlignItems(Alignment.CENTER);

        grid.addColumn(e -> String.format("%.2f", e.score())).setHeader(getTranslation("duplicates.score"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.first().caseNumber() + " · " + e.first().consumerName())
                .setHeader(getTranslation("duplicates.caseA")).setAutoWidth(true);
        grid.addColumn(e -> e.second().caseNumber() + " · " + e.second().consumerName())
                .setHeader(getTranslation("duplicates.caseB")).setAutoWidth(true);
        grid.addColumn(e -> e.reasons().stream().map(r -> getTranslation("DuplicateReason." + r.name()))
                .collect(Collectors.joining("、"))).setHeader(getTranslation("duplicates.reasons")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("16em");
        grid.addSelectionListener(e -> show(e.getFirstSelectedItem().orElse(null)));
        empty.setText(getTranslation("duplicates.empty"));
        empty.addClassName("empty-state");
        detail.addClassName("duplicate-detail");
        heading.addClassName("duplicates-heading");
        add(new H2(getTranslation("nav.duplicates")), hint, passBar, heading, empty, grid, detail);
        prepareActions();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        forCase = event.getLocation().getQueryParameters().getSingleParameter("case").orElse(null);
        refresh();
    }

    void refresh() {
        List<QueueEntry> entries;
        if (forCase != null) {
            try {
                ComplaintDetails self = complaints.get(forCase);
                entries = duplicates.candidates(forCase).stream()
                        .map(c -> toEntry(self, c)).toList();
                heading.setText(getTranslation("duplicates.forCase", self.caseNumber()));
            } catch (NotFoundException e) {
                entries = List.of();
                heading.setText(getTranslation("duplicates.noSuchCase", forCase));
            }
            grid.setItems(entries);
        } else {
            long open = duplicates.openCount();
            heading.setText(getTranslation("duplicates.open", open));
            grid.setItems(query -> duplicates.queue(query.getOffset(), query.getLimit()).stream(),
                    query -> (int) Math.min(Integer.MAX_VALUE, duplicates.openCount()));
            entries = open == 0 ? List.of() : null;
        }
        boolean none = entries != null && entries.isEmpty();
        empty.setVisible(none);
        grid.setVisible(!none);
        show(null);
        passBar.showPass(scan.progress());
    }

    private QueueEntry toEntry(ComplaintDetails self, DuplicateCandidate c) {
        return new QueueEntry(-1, self, complaints.get(c.caseNumber()), c.score(), c.reasons());
    }

    private void prepareActions() {
        survivor.setLabel(getTranslation("duplicates.survivor"));
        keep.setLabel(getTranslation("duplicates.keepAmount"));
        keep.setItems(Keep.values());
        acrossMerchants.setLabel(getTranslation("duplicates.acrossMerchants"));
        reason.setLabel(getTranslation("duplicates.reason"));
        reason.setWidth("28em");
        reason.setMaxLength(1000);
        merge.setText(getTranslation("duplicates.merge"));
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dismiss.setText(getTranslation("duplicates.dismiss"));
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        merge.addClickListener(e -> confirmMerge());
        dismiss.addClickListener(e -> confirmDismiss());
    }

    private void show(QueueEntry entry) {
        detail.removeAll();
        if (entry == null) {
            return;
        }
        ComplaintDetails a = entry.first();
        ComplaintDetails b = entry.second();
        survivor.setItems(a.caseNumber(), b.caseNumber());
        survivor.setValue(a.caseNumber());
        keep.setItemLabelGenerator(k -> switch (k) {
            case HIGHEST -> getTranslation("duplicates.keep.highest");
            case FIRST -> getTranslation("duplicates.keep.of", a.caseNumber(), a.amountClaimed().toPlainString());
            case SECOND -> getTranslation("duplicates.keep.of", b.caseNumber(), b.amountClaimed().toPlainString());
        });
        keep.setValue(Keep.HIGHEST);
        boolean differentMerchants = !Objects.equals(a.merchantId(), b.merchantId());
        acrossMerchants.setVisible(differentMerchants);
        acrossMerchants.setValue(false);
        reason.setVisible(differentMerchants);
        reason.setRequiredIndicatorVisible(differentMerchants);
        reason.setInvalid(false);
        HorizontalLayout buttons = new HorizontalLayout(merge, dismiss);
        dismiss.setVisible(entry.pairId() > 0);
        Div actions = new Div(new H3(getTranslation("duplicates.decide")), survivor, keep, acrossMerchants, reason,
                buttons);
        actions.addClassName("duplicate-actions");
        detail.add(new ComparePanel(a, b,
                code -> platforms.find(code).map(p -> p.label(getLocale())).orElse(code)), actions);
        current = entry;
    }

    void confirmMerge() {
        QueueEntry entry = current;
        if (entry == null) {
            return;
        }
        boolean differentMerchants = !Objects.equals(entry.first().merchantId(), entry.second().merchantId());
        if (differentMerchants && (!acrossMerchants.getValue() || reason.getValue().isBlank())) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation("duplicates.acrossMerchantsNeeded"));
            return;
        }
        ComplaintDetails kept = survivor.getValue().equals(entry.first().caseNumber()) ? entry.first() : entry.second();
        ComplaintDetails folded = kept == entry.first() ? entry.second() : entry.first();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("duplicates.confirmTitle"),
                getTranslation("duplicates.confirmText", folded.caseNumber(), kept.caseNumber()),
                getTranslation("duplicates.merge"), e -> doMerge(entry, kept, folded));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    void doMerge(QueueEntry entry, ComplaintDetails kept, ComplaintDetails folded) {
        String amountFrom = switch (keep.getValue() == null ? Keep.HIGHEST : keep.getValue()) {
            case HIGHEST -> null;
            case FIRST -> entry.first().caseNumber();
            case SECOND -> entry.second().caseNumber();
        };
        try {
            merging.merge(kept.caseNumber(), new MergeRequest(List.of(folded.caseNumber()), amountFrom,
                    acrossMerchants.getValue(), reason.getValue(), Map.of(kept.caseNumber(), kept.version(),
                    folded.caseNumber(), folded.version())));
            Notifications.success(getTranslation("duplicates.merged", folded.caseNumber(), kept.caseNumber()));
            refresh();
        } catch (BusinessRuleException | InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    void confirmDismiss() {
        QueueEntry entry = current;
        if (entry == null || entry.pairId() <= 0) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("duplicates.dismissTitle"),
                getTranslation("duplicates.dismissText", entry.first().caseNumber(), entry.second().caseNumber()),
                getTranslation("duplicates.dismiss"), e -> {
                    duplicates.dismiss(entry.pairId());
                    Notifications.success(getTranslation("duplicates.dismissed"));
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }
}
