package org.redress.statistics.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.redress.base.ui.StatCard;
import org.redress.merchant.PlatformService;
import org.redress.security.Roles;
import org.redress.statistics.CountByKey;
import org.redress.statistics.Overview;
import org.redress.statistics.StatisticsService;

/** Headline figures for regulators and administrators; aggregates only, no consumer's data. */
@Route("statistics")
@PageTitle("Statistics · Redress")
@RolesAllowed({Roles.REGULATOR, Roles.ADMIN})
public class StatisticsView extends VerticalLayout {

    final Div cards = new Div();

    public StatisticsView(StatisticsService statistics, PlatformService platforms) {
        addClassName("statistics-view");
        Overview overview = statistics.overview();
        cards.addClassName("stat-cards");
        cards.add(card("stats.complaints", overview.complaints()), card("stats.open", overview.open()),
                card("stats.overdue", overview.overdue()), card("stats.deadlineMissed", overview.deadlineMissed()));
        Paragraph hint = new Paragraph(getTranslation("stats.hint"));
        hint.addClassName("view-hint");
        Div tables = new Div(table("complaint.status", overview.byStatus(), key -> getTranslation("ComplaintStatus." + key)),
                table("complaint.platform", overview.byPlatform(),
                        code -> platforms.find(code).map(p -> p.label(getLocale())).orElse(code)),
                table("complaint.category", overview.byCategory(), key -> getTranslation("Category." + key)),
                table("complaint.paymentMethod", overview.byPaymentMethod(),
                        key -> getTranslation("PaymentMethod." + key)));
        tables.addClassName("stat-tables");
        add(new H2(getTranslation("nav.statistics")), hint, cards, tables);
    }

    private StatCard card(String labelKey, long value) {
        return new StatCard(NumberFormat.getIntegerInstance(Locale.CHINA).format(value), getTranslation(labelKey));
    }

    private Div table(String titleKey, List<CountByKey> rows, Function<String, String> label) {
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        Grid<CountByKey> grid = new Grid<>(CountByKey.class, false);
        grid.addColumn(row -> label.apply(row.key())).setHeader(getTranslation(titleKey)).setSortable(true)
                .setComparator(row -> label.apply(row.key()));
        grid.addColumn(CountByKey::complaints).setHeader(getTranslation("stats.complaints"))
                .setTextAlign(ColumnTextAlign.END).setSortable(true).setComparator(CountByKey::complaints);
        grid.addColumn(row -> money.format(row.amountClaimed())).setHeader(getTranslation("complaint.amountClaimed"))
                .setTextAlign(ColumnTextAlign.END).setSortable(true).setComparator(CountByKey::amountClaimed);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        Div box = new Div(new H3(getTranslation(titleKey)), grid);
        box.addClassName("stat-table");
        return box;
    }
}
