package org.redress.statistics.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.redress.statistics.AgreementMerchantRow;
import org.redress.statistics.AgreementsByMerchant;
import org.redress.statistics.Dashboard;

/** Agreements per merchant under the dashboard: how much was agreed and refunded, and how often on time. */
class AgreementsByMerchantSection extends Div {

    final Grid<AgreementMerchantRow> agreements = new Grid<>();
    final Paragraph agreementsNote = new Paragraph();
    private final Locale locale;

    AgreementsByMerchantSection(Locale locale) {
        this.locale = locale;
        addClassName("agreements-by-merchant");
        configureAgreements();
        add(new H3(getTranslation("stats.agreementsByMerchant")), agreementsNote, agreements);
    }

    private void configureAgreements() {
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        agreements.addColumn(AgreementMerchantRow::merchant)
                .setHeader(getTranslation("complaint.merchant")).setFlexGrow(1).setSortable(true);
        agreements.addColumn(AgreementMerchantRow::agreements)
                .setHeader(getTranslation("stats.agreementsCount")).setAutoWidth(true).setSortable(true);
        agreements.addColumn(AgreementMerchantRow::consumers)
                .setHeader(getTranslation("stats.consumers")).setAutoWidth(true).setSortable(true);
        agreements.addColumn(r -> money.format(r.amountAgreed())).setHeader(getTranslation("stats.amountAgreed"))
                .setAutoWidth(true).setComparator(AgreementMerchantRow::amountAgreed);
        agreements.addColumn(r -> money.format(r.amountPaid())).setHeader(getTranslation("stats.amountRefunded"))
                .setAutoWidth(true).setComparator(AgreementMerchantRow::amountPaid);
        agreements.addColumn(r -> r.onTimeRate() == null ? "—" : percent.format(r.onTimeRate()))
                .setHeader(getTranslation("stats.onTimeRate")).setAutoWidth(true);
        agreements.addThemeVariants(GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_ROW_STRIPES);
        agreements.setHeight("20em");
        agreements.setEmptyStateText(getTranslation("stats.agreementsNone"));
        agreementsNote.addClassName("view-hint");
    }

    /** Shows the rows, or nothing when the dashboard itself is withheld; "other" gets its label. */
    void show(Dashboard dashboard, AgreementsByMerchant byMerchant) {
        if (dashboard.withheld()) {
            agreements.setItems(List.of());
            agreementsNote.setText(getTranslation("stats.withheld", dashboard.minConsumers()));
            return;
        }
        String other = getTranslation("stats.other");
        agreements.setItems(byMerchant.rows().stream().map(r -> "other".equals(r.merchant())
                ? new AgreementMerchantRow(other, r.agreements(), r.consumers(), r.amountAgreed(), r.amountPaid(),
                r.obligationsDue(), r.fulfilledOnTime(), r.onTimeRate()) : r).toList());
        agreementsNote.setText(getTranslation("stats.agreementsNote", byMerchant.minConsumers(),
                byMerchant.suppressedMerchants()));
    }
}
