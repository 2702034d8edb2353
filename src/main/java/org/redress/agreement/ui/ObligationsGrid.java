package org.redress.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementStatus;
import org.redress.agreement.ObligationStatus;
import org.redress.agreement.PartyLabel;
import org.redress.base.StoredText;
import org.redress.base.ui.Badge;

/** The obligations of an agreement, each with its status; once binding, open ones can be fulfilled or waived. */
class ObligationsGrid extends Grid<AgreementDetails.Line> {

    private final Consumer<AgreementDetails.Line> fulfil;
    private final Consumer<AgreementDetails.Line> waive;
    private AgreementDetails agreement;

    ObligationsGrid(Consumer<AgreementDetails.Line> fulfil, Consumer<AgreementDetails.Line> waive) {
        this.fulfil = fulfil;
        this.waive = waive;
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        addColumn(AgreementDetails.Line::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        addColumn(l -> PartyLabel.text(l.debtor()) + " → " + PartyLabel.text(l.creditor()))
                .setHeader(getTranslation("agreement.whoToWhom")).setAutoWidth(true);
        addColumn(l -> getTranslation("ObligationKind." + l.kind().name())
                        + (l.description() == null ? "" : " · " + l.description()))
                .setHeader(getTranslation("agreement.kind")).setFlexGrow(1);
        addColumn(l -> l.amount() == null ? "" : money.format(l.amount()))
                .setHeader(getTranslation("agreement.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(l -> l.dueDate() == null ? "" : l.dueDate().toString())
                .setHeader(getTranslation("agreement.due")).setAutoWidth(true);
        addComponentColumn(l -> {
            Span badge = Badge.of(getTranslation("ObligationStatus." + l.status().name()), switch (l.status()) {
                case FULFILLED -> Badge.Tone.SUCCESS;
                case OVERDUE -> Badge.Tone.ERROR;
                case WAIVED -> Badge.Tone.NEUTRAL;
                default -> Badge.Tone.INFO;
            });
            if (l.settledOn() != null || l.note() != null) {
                badge.getElement().setAttribute("title", (l.settledOn() == null ? "" : l.settledOn() + " ")
                        + (l.note() == null ? "" : StoredText.render(l.note(), getLocale())));
            }
            return badge;
        }).setHeader(getTranslation("complaint.status")).setAutoWidth(true);
        addComponentColumn(l -> {
            HorizontalLayout buttons = new HorizontalLayout();
            boolean open = agreement.status() == AgreementStatus.BINDING && (l.status() == ObligationStatus.PENDING
                    || l.status() == ObligationStatus.OVERDUE);
            if (open) {
                Button fulfilling = new Button(getTranslation("agreement.fulfil"), e -> fulfil.accept(l));
                fulfilling.addThemeVariants(ButtonVariant.LUMO_SMALL);
                Button waiving = new Button(getTranslation("agreement.waive"), e -> waive.accept(l));
                waiving.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                buttons.add(fulfilling, waiving);
            } else if (l.note() != null) {
                buttons.add(new Span(StoredText.render(l.note(), getLocale())));
            }
            return buttons;
        }).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
    }

    void show(AgreementDetails a) {
        show(a, l -> true);
    }

    void show(AgreementDetails a, Predicate<AgreementDetails.Line> shown) {
        agreement = a;
        setItems(a.obligations().stream().filter(shown).toList());
    }
}
