package org.redress.statistics.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.redress.base.Message;
import org.redress.base.Roles;
import org.redress.base.ui.StatCard;
import org.redress.complaint.Category;
import org.redress.complaint.PaymentMethod;
import org.redress.merchant.MerchantService;
import org.redress.merchant.PlatformService;
import org.redress.security.CurrentUser;
import org.redress.statistics.AgreementFigures;
import org.redress.statistics.Dashboard;
import org.redress.statistics.ExportLabels;
import org.redress.statistics.ExportLanguage;
import org.redress.statistics.GroupFigures;
import org.redress.statistics.Headline;
import org.redress.statistics.ResolutionBucket;
import org.redress.statistics.ResponseStatistics;
import org.redress.statistics.SmallCells;
import org.redress.statistics.StatisticsExports;
import org.redress.statistics.StatisticsFilter;
import org.redress.statistics.StatisticsService;

/**
 * The regulator dashboard: headline figures and charts for a filter, each chart with its sortable table and
 * downloads, and background exports of reports and anonymised records. Aggregates only, no consumer's data.
 */
@Menu(order = 10, title = "nav.statistics", icon = "vaadin:bar-chart")
@Route("statistics")
@PageTitle("title.statistics")
@RolesAllowed({Roles.REGULATOR, Roles.ADMIN})
public class StatisticsView extends VerticalLayout implements BeforeEnterObserver {

    final StatisticsFilterBar filters;
    final Div cards = new Div();
    final Paragraph suppression = new Paragraph();
    final ChartPanel monthly;
    final ChartPanel merchants;
    final ChartPanel platforms;
    final ChartPanel provinces;
    final ChartPanel payments;
    final ChartPanel resolution;
    final AgreementsByMerchantSection agreementSection;
    final ResponsesSection responsesSection;

    private final StatisticsService statistics;
    private final PlatformService platformService;
    private final CurrentUser currentUser;
    private final Locale locale;
    private Dashboard dashboard;

    public StatisticsView(StatisticsService statistics, StatisticsExports exports, PlatformService platformService,
                          MerchantService merchantService, ResponseStatistics responses, CurrentUser currentUser) {
        this.statistics = statistics;
        this.platformService = platformService;
        this.currentUser = currentUser;
        this.locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        this.filters = new StatisticsFilterBar(platformService, merchantService, locale, this::refresh);
        addClassName("statistics-view");
        Paragraph hint = new Paragraph(getTranslation("stats.hint", statistics.minConsumers()));
        hint.addClassName("view-hint");
        suppression.addClassName("suppression-note");
        cards.addClassName("stat-cards");

        monthly = new ChartPanel(getTranslation("stats.chart.monthly"), "340px");
        merchants = new ChartPanel(getTranslation("stats.chart.merchants"), "520px");
        platforms = new ChartPanel(getTranslation("stats.chart.platforms"), "300px");
        provinces = new ChartPanel(getTranslation("stats.chart.provinces"), "520px");
        payments = new ChartPanel(getTranslation("stats.chart.payments"), "300px");
        resolution = new ChartPanel(getTranslation("stats.chart.resolution"), "300px");
        Div charts = new Div(monthly, merchants, provinces, platforms, payments, resolution);
        charts.addClassName("chart-grid");

        agreementSection = new AgreementsByMerchantSection(locale);
        responsesSection = new ResponsesSection(responses, locale,
                code -> platformService.find(code).map(p -> p.label(locale)).orElse(code));
        add(new H2(getTranslation("nav.statistics")), hint, filters, cards, suppression, charts,
                agreementSection, responsesSection, new ExportPanel(statistics, exports, this::filter));
    }

    /** Filters come from the address (?from=2026-01-01&platform=KUAISHOU...), so a dashboard can be bookmarked. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.read(event.getLocation().getQueryParameters().getParameters());
        refresh();
    }

    StatisticsFilter filter() {
        return filters.value();
    }

    void refresh() {
        if (!filters.periodValid()) {
            return;
        }
        dashboard = statistics.dashboard(filter());
        filters.remember(dashboard.filter());
        showCards(dashboard.headline(), dashboard.agreements());
        cards.setVisible(!dashboard.withheld());
        if (dashboard.withheld()) {
            suppression.setText(getTranslation("stats.withheld", dashboard.minConsumers()));
        } else if (dashboard.suppressedGroups() == 0) {
            suppression.setText(getTranslation("stats.noSuppression", dashboard.minConsumers()));
        } else {
            suppression.setText(getTranslation("stats.suppressed", dashboard.suppressedGroups(),
                    dashboard.minConsumers()));
        }
        suppression.getElement().getClassList().set("withheld", dashboard.withheld());
        showMonthly();
        showGroups(merchants, dashboard.topMerchants(), "merchant", g -> g.label() == null ? g.key() : g.label(), true, false);
        showGroups(provinces, dashboard.byProvince(), "province", GroupFigures::key, true, false);
        showGroups(platforms, dashboard.byPlatform(), "platform",
                g -> platformService.find(g.key()).map(p -> p.label(locale)).orElse(g.key()), false, false);
        showGroups(payments, dashboard.byPaymentMethod(), "paymentMethod",
                g -> getTranslation("PaymentMethod." + g.key()), false, true);
        showResolution();
        showAgreements();
    }

    private void showAgreements() {
        agreementSection.show(dashboard, dashboard.withheld() ? null : statistics.agreementsByMerchant(filter()));
        responsesSection.show(() -> dashboard.withheld() ? null : filter());
    }

    private void showCards(Headline h, AgreementFigures agreed) {
        NumberFormat integer = NumberFormat.getIntegerInstance(Locale.CHINA);
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        cards.removeAll();
        cards.add(new StatCard(integer.format(h.complaints()), getTranslation("stats.complaints")),
                new StatCard(integer.format(h.consumers()), getTranslation("stats.consumers")),
                new StatCard(money.format(h.amountPaid()), getTranslation("stats.amountPaid")),
                new StatCard(money.format(h.amountClaimed()), getTranslation("stats.amountClaimed")),
                new StatCard(percent.format(h.resolutionRate()), getTranslation("stats.resolutionRate")),
                new StatCard(h.medianDaysToResolution() == null ? "—"
                        : getTranslation("stats.days", formatDays(h.medianDaysToResolution())),
                        getTranslation("stats.medianDays")),
                new StatCard(percent.format(h.payLaterShare()), getTranslation("stats.payLaterShare")),
                new StatCard(money.format(agreed.amountAgreed()), getTranslation("stats.amountAgreed")),
                new StatCard(money.format(agreed.amountRefunded()), getTranslation("stats.amountRefunded")),
                new StatCard(agreed.onTimeRate() == null ? "—" : percent.format(agreed.onTimeRate()),
                        getTranslation("stats.onTimeRate")),
                new StatCard(count(agreed.consumersPaid()), getTranslation("stats.consumersPaid")),
                new StatCard(count(agreed.consumersPartlyPaid()), getTranslation("stats.consumersPartlyPaid")),
                new StatCard(count(agreed.consumersUnpaid()), getTranslation("stats.consumersUnpaid")));
    }

    /** A count of consumers, or "fewer than k" where it is withheld as too small to show. */
    private String count(Long value) {
        return value == null ? getTranslation("stats.fewerThan", statistics.minConsumers())
                : NumberFormat.getIntegerInstance(Locale.CHINA).format(value);
    }

    private static String formatDays(double days) {
        return days == Math.rint(days) ? String.valueOf((long) days) : String.valueOf(days);
    }

    private String otherLabel() {
        return getTranslation("stats.other");
    }

    private void showMonthly() {
        var series = dashboard.monthly();
        Map<String, List<Long>> named = new LinkedHashMap<>();
        series.counts().forEach((key, values) -> named.put(seriesLabel(key), values));
        monthly.chart.setOption(ChartOptions.stacked(series.months(), named));
        Grid<Integer> grid = new Grid<>();
        grid.addColumn(i -> series.months().get(i)).setHeader(getTranslation("stats.month")).setSortable(true)
                .setComparator(i -> series.months().get(i));
        List<String> header = new ArrayList<>(List.of("month"));
        series.counts().forEach((key, values) -> {
            header.add(key);
            grid.addColumn(i -> values.get(i) == null ? "—" : String.valueOf(values.get(i)))
                    .setHeader(seriesLabel(key)).setTextAlign(ColumnTextAlign.END).setSortable(true)
                    .setComparator(i -> values.get(i) == null ? -1 : values.get(i));
        });
        List<Integer> rows = IntStream.range(0, series.months().size()).boxed().toList();
        grid.setItems(rows);
        monthly.show(!rows.isEmpty(), tableBox(grid), () -> {
            List<Object[]> data = new ArrayList<>();
            for (int i : rows) {
                List<Object> row = new ArrayList<>(List.of(series.months().get(i)));
                int month = i;
                series.counts().values().forEach(values -> row.add(values.get(month)));
                data.add(row.toArray());
            }
            return table("monthly-by-category", header, data);
        });
    }

    private String seriesLabel(String key) {
        return key.equals(SmallCells.OTHER) ? otherLabel() : getTranslation("Category." + key);
    }

    private void showGroups(ChartPanel panel, List<GroupFigures> groups, String keyColumn,
                            Function<GroupFigures, String> label, boolean horizontal, boolean pie) {
        // Only the top merchants are listed, so there "other" holds every other merchant, not just small groups;
        // its bar would dwarf the rest, so it stays in the table only.
        boolean topList = keyColumn.equals("merchant");
        String other = topList ? getTranslation("stats.otherMerchants") : otherLabel();
        Function<GroupFigures, String> labels = g -> g.key().equals(SmallCells.OTHER) ? other : label.apply(g);
        List<GroupFigures> charted = topList
                ? groups.stream().filter(g -> !g.key().equals(SmallCells.OTHER)).toList() : groups;
        List<String> names = charted.stream().map(labels).toList();
        List<Long> counts = charted.stream().map(GroupFigures::complaints).toList();
        String seriesName = getTranslation("stats.complaints");
        panel.chart.setOption(pie ? ChartOptions.pie(names, counts, seriesName)
                : ChartOptions.bars(names, counts, seriesName, horizontal));
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        Grid<GroupFigures> grid = new Grid<>();
        grid.addColumn(labels::apply).setHeader(getTranslation("stats.column." + keyColumn)).setSortable(true)
                .setComparator(labels::apply).setFlexGrow(1).setResizable(true);
        grid.addColumn(GroupFigures::complaints).setHeader(getTranslation("stats.complaints"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setSortable(true).setComparator(GroupFigures::complaints);
        grid.addColumn(g -> g.consumers() == null ? "—" : String.valueOf(g.consumers()))
                .setHeader(getTranslation("stats.consumers")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0).setSortable(true)
                .setComparator(g -> g.consumers() == null ? -1 : g.consumers());
        grid.addColumn(g -> money.format(g.amountPaid())).setHeader(getTranslation("stats.amountPaid"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setSortable(true).setComparator(GroupFigures::amountPaid);
        grid.addColumn(g -> money.format(g.amountClaimed())).setHeader(getTranslation("stats.amountClaimed"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setSortable(true).setComparator(GroupFigures::amountClaimed);
        grid.setItems(groups);
        panel.show(!groups.isEmpty(), tableBox(grid), () -> table(keyColumn,
                List.of(keyColumn, "complaints", "consumers", "amountPaid", "amountClaimed"),
                groups.stream().map(g -> new Object[] {g.key().equals(SmallCells.OTHER) ? SmallCells.OTHER
                        : label.apply(g), g.complaints(), g.consumers(), g.amountPaid(), g.amountClaimed()})
                        .toList()));
    }

    private void showResolution() {
        List<ResolutionBucket> buckets = dashboard.resolutionTimes();
        List<String> names = buckets.stream().map(b -> b.toDays() == null
                ? getTranslation("stats.daysOver", b.fromDays() - 1)
                : getTranslation("stats.daysRange", b.fromDays(), b.toDays())).toList();
        List<Long> counts = buckets.stream().map(ResolutionBucket::complaints).toList();
        resolution.chart.setOption(ChartOptions.bars(names, counts, getTranslation("stats.resolved"), false));
        Grid<Integer> grid = new Grid<>();
        grid.addColumn(names::get).setHeader(getTranslation("stats.column.days"));
        // A bucket with fewer than k consumers is withheld: shown as a dash, never as its count.
        grid.addColumn(i -> counts.get(i) == null ? "—" : counts.get(i).toString())
                .setHeader(getTranslation("stats.resolved")).setTextAlign(ColumnTextAlign.END)
                .setSortable(true).setComparator(i -> counts.get(i) == null ? -1L : counts.get(i));
        List<Integer> rows = IntStream.range(0, buckets.size()).boxed().toList();
        grid.setItems(rows);
        long total = counts.stream().filter(Objects::nonNull).mapToLong(Long::longValue).sum();
        resolution.show(total > 0, tableBox(grid), () -> table("resolution-days",
                List.of("fromDays", "toDays", "resolved"), buckets.stream()
                        .map(b -> new Object[] {b.fromDays(), b.toDays(), b.complaints()}).toList()));
    }

    private ChartPanel.Table table(String name, List<String> header, List<Object[]> rows) {
        StatisticsFilter filter = dashboard.filter();
        Message note = dashboard.suppressedGroups() == 0
                ? Message.of("export.note.nothingSuppressed", dashboard.minConsumers())
                : Message.of("export.note.suppressed", dashboard.suppressedGroups(), dashboard.minConsumers());
        ExportLanguage language = ExportLanguage.of(getLocale());
        ExportLabels labels = statistics.labels(language);
        return new ChartPanel.Table("redress-" + name + "_" + filter.describe(),
                statistics.exportNotes(filter, currentUser.usernameOrSystem(), note, language), labels.header(header),
                rows.stream().map(r -> labels.row(header, r)).toList());
    }

    private static Div tableBox(Grid<?> grid) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        Div box = new Div(grid);
        box.addClassName("chart-table");
        return box;
    }

    Dashboard dashboard() {
        return dashboard;
    }

}
