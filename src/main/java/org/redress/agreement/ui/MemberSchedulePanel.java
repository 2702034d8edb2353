package org.redress.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementStatus;
import org.redress.agreement.CollectiveSettlement;
import org.redress.agreement.InstalmentStatus;
import org.redress.agreement.PaymentMatching;
import org.redress.agreement.ScheduleRow;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.NotFoundException;
import org.redress.base.ui.Badge;
import org.redress.base.ui.Notifications;
import org.redress.base.ui.StatCard;

/**
 * The member schedule of a collective agreement: how many members are paid, partly paid or unpaid, each member's
 * share and instalments (findable by name or case number), a share edited while the agreement is a draft, and the
 * payment file matched once it is binding.
 */
class MemberSchedulePanel extends VerticalLayout {

    final Div figures = new Div();
    final TextField search = new TextField();
    final Grid<ScheduleRow> grid = new Grid<>();
    final PaymentImportUpload payments;
    Dialog shareDialog;

    private final CollectiveSettlement settlement;
    private final boolean mayEdit;
    private final Consumer<AgreementDetails> changed;
    private AgreementDetails agreement;
    private List<ScheduleRow> rows = List.of();

    MemberSchedulePanel(CollectiveSettlement settlement, PaymentMatching matching, boolean mayEdit,
                        Consumer<AgreementDetails> changed) {
        this.settlement = settlement;
        this.mayEdit = mayEdit;
        this.changed = changed;
        setPadding(false);
        addClassName("member-schedule");
        figures.addClassName("stat-cards");
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        grid.addComponentColumn(r -> new Anchor("cases/" + r.caseNumber(), r.caseNumber()))
                .setHeader(getTranslation("complaint.caseNumber")).setAutoWidth(true);
        grid.addColumn(ScheduleRow::consumerName).setHeader(getTranslation("complaint.consumerName"))
                .setAutoWidth(true);
        grid.addColumn(r -> money.format(r.amountPaid())).setHeader(getTranslation("stats.amountPaid"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setTooltipGenerator(r -> getTranslation("PaymentMethod." + r.paymentMethod().name()));
        grid.addColumn(r -> r.share() == null ? "—" : money.format(r.share()))
                .setHeader(getTranslation("schedule.share")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("schedule.instalmentsPaid", r.instalments().stream()
                        .filter(i -> i.status() == InstalmentStatus.PAID).count(), r.instalments().size()))
                .setHeader(getTranslation("schedule.instalments")).setAutoWidth(true);
        grid.addColumn(r -> money.format(r.outstanding())).setHeader(getTranslation("schedule.outstanding"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span badge = Badge.of(getTranslation("ObligationStatus." + r.status().name()), switch (r.status()) {
                case FULFILLED -> Badge.Tone.SUCCESS;
                case OVERDUE -> Badge.Tone.ERROR;
                case WAIVED -> Badge.Tone.NEUTRAL;
                default -> Badge.Tone.INFO;
            });
            badge.getElement().setAttribute("title", String.join("\n", r.instalments().stream()
                    .map(i -> getTranslation("schedule.instalmentLine", i.number(), money.format(i.amount()),
                            i.dueDate(), money.format(i.paid()), getTranslation("InstalmentStatus."
                                    + i.status().name()))).toList()));
            return badge;
        }).setHeader(getTranslation("complaint.status")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            if (!mayEdit || agreement.status() != AgreementStatus.DRAFT || r.share() == null) {
                return new Span();
            }
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> askShare(r));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            edit.setAriaLabel(getTranslation("schedule.editShare") + " " + r.caseNumber());
            edit.setTooltipText(getTranslation("schedule.editShare"));
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("28em");
        grid.setEmptyStateText(getTranslation("dispute.noMembersFiltered"));
        search.setLabel(getTranslation("dispute.searchMembers"));
        search.setPlaceholder(getTranslation("dispute.searchMembersHint"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter());
        payments = new PaymentImportUpload(matching, () -> agreement.id(), () -> changed.accept(null));
        add(new H3(getTranslation("schedule.title")), figures, search, grid, payments);
    }

    void show(AgreementDetails a) {
        agreement = a;
        rows = settlement.schedule(a.id());
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        AgreementDetails.Payments p = a.payments();
        figures.removeAll();
        figures.add(new StatCard(String.valueOf(rows.size()), getTranslation("schedule.members")),
                new StatCard(money.format(a.moneyTotal()), getTranslation("agreement.total")));
        if (a.status() == AgreementStatus.BINDING) {
            figures.add(new StatCard(money.format(p.amountPaid()), getTranslation("schedule.received")),
                    new StatCard(String.valueOf(p.paid()), getTranslation("schedule.paid")),
                    new StatCard(String.valueOf(p.partlyPaid()), getTranslation("schedule.partlyPaid")),
                    new StatCard(String.valueOf(p.unpaid()), getTranslation("schedule.unpaid")),
                    new StatCard(String.valueOf(p.overdue()), getTranslation("schedule.overdue")));
        }
        payments.setVisible(a.status() == AgreementStatus.BINDING);
        filter();
    }

    private void filter() {
        String q = search.getValue() == null ? "" : search.getValue().strip().toUpperCase(Locale.ROOT);
        grid.setItems(q.isEmpty() ? rows : rows.stream().filter(r -> r.caseNumber().contains(q)
                || r.consumerName() != null && r.consumerName().toUpperCase(Locale.ROOT).contains(q)).toList());
    }

    void askShare(ScheduleRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("schedule.editShareTitle", row.caseNumber(), row.consumerName()));
        BigDecimalField amount = new BigDecimalField(getTranslation("schedule.share"));
        amount.setValue(row.share());
        amount.setPrefixComponent(new Span("¥"));
        Paragraph basis = new Paragraph(getTranslation("schedule.editShareHint",
                NumberFormat.getCurrencyInstance(Locale.CHINA).format(row.amountPaid()),
                NumberFormat.getCurrencyInstance(Locale.CHINA).format(row.amountClaimed()), row.instalments().size()));
        basis.addClassName("view-hint");
        dialog.add(new VerticalLayout(basis, amount));
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                AgreementDetails updated = settlement.setShare(agreement.id(), row.caseNumber(), amount.getValue());
                dialog.close();
                Notifications.success(getTranslation("schedule.shareSaved", row.caseNumber()));
                changed.accept(updated);
            } catch (InvalidInputException ex) {
                amount.setInvalid(true);
                amount.setErrorMessage(String.join("; ", ex.fieldErrors().values()));
            } catch (NotFoundException | BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, save);
        shareDialog = dialog;
        dialog.open();
        amount.focus();
    }
}
