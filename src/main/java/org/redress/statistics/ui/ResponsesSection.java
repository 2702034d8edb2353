package org.redress.statistics.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.redress.statistics.ResponseFigures;
import org.redress.statistics.ResponseReport;
import org.redress.statistics.ResponseStatistics;
import org.redress.statistics.SmallCells;
import org.redress.statistics.StatisticsFilter;

/**
 * How merchants, platforms and "use first, pay later" providers answer referred complaints, ranked like Heimao's
 * lists: share answered in time first, then share answered, then share closed with relief. Only organisations with at
 * least k consumers are named; the others are merged into "other" or left out, as the note says.
 */
class ResponsesSection extends Div {

    final Select<String> groupBy = new Select<>();
    final Grid<ResponseFigures> ranking = new Grid<>();
    final Paragraph note = new Paragraph();
    private final ResponseStatistics statistics;
    private final Function<String, String> platformLabel;
    private Supplier<StatisticsFilter> filter = () -> null;

    ResponsesSection(ResponseStatistics statistics, Locale locale, Function<String, String> platformLabel) {
        this.statistics = statistics;
        this.platformLabel = platformLabel;
        addClassName("responses-section");
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        groupBy.setLabel(getTranslation("stats.responses.groupBy"));
        groupBy.setItems("merchant", "platform", "provider");
        groupBy.setItemLabelGenerator(g -> getTranslation("stats.responses.by." + g));
        groupBy.setValue("merchant");
        groupBy.addValueChangeListener(e -> show(filter));
        ranking.addColumn(this::rank).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        ranking.addColumn(this::label).setHeader(getTranslation("stats.responses.respondent")).setFlexGrow(1);
        ranking.addColumn(ResponseFigures::consumers).setHeader(getTranslation("stats.consumers")).setAutoWidth(true);
        ranking.addColumn(ResponseFigures::referrals).setHeader(getTranslation("stats.responses.referrals"))
                .setAutoWidth(true);
        ranking.addColumn(f -> share(percent, f.answeredShare())).setHeader(getTranslation("stats.responses.answered"))
                .setAutoWidth(true);
        ranking.addColumn(f -> share(percent, f.timelyRate())).setHeader(getTranslation("stats.responses.timely"))
                .setAutoWidth(true);
        ranking.addColumn(f -> share(percent, f.reliefShare())).setHeader(getTranslation("stats.responses.relief"))
                .setAutoWidth(true);
        ranking.addColumn(f -> f.medianDaysToAnswer() == null ? "—"
                        : getTranslation("stats.responses.days", f.medianDaysToAnswer()))
                .setHeader(getTranslation("stats.responses.median")).setAutoWidth(true);
        ranking.addColumn(ResponseFigures::overdue).setHeader(getTranslation("stats.responses.overdue"))
                .setAutoWidth(true);
        ranking.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        ranking.setAllRowsVisible(true);
        ranking.setEmptyStateText(getTranslation("stats.responses.none"));
        note.addClassName("view-hint");
        add(new H3(getTranslation("stats.responses.title")), groupBy, note, ranking);
    }

    /** Shows the ranking for the dashboard's filter; nothing when the dashboard itself is withheld. */
    void show(Supplier<StatisticsFilter> filter) {
        this.filter = filter;
        StatisticsFilter current = filter.get();
        if (current == null) {
            ranking.setItems(List.of());
            return;
        }
        ResponseReport report = statistics.responses(current, groupBy.getValue());
        ranking.setItems(report.rows());
        note.setText(getTranslation("stats.responses.note", report.minConsumers(), report.suppressedGroups()));
    }

    private String rank(ResponseFigures f) {
        if (SmallCells.OTHER.equals(f.key())) {
            return "";
        }
        List<ResponseFigures> rows = ranking.getListDataView().getItems().toList();
        return String.valueOf(rows.indexOf(f) + 1);
    }

    private String label(ResponseFigures f) {
        if (SmallCells.OTHER.equals(f.key())) {
            return getTranslation("stats.other");
        }
        return "platform".equals(groupBy.getValue()) ? platformLabel.apply(f.key()) : f.label();
    }

    private static String share(NumberFormat percent, Double value) {
        return value == null ? "—" : percent.format(value);
    }
}
