package org.redress.statistics.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.redress.base.ui.Notifications;
import org.redress.statistics.Dimension;
import org.redress.statistics.ExportFormat;
import org.redress.statistics.ExportJob;
import org.redress.statistics.ExportLanguage;
import org.redress.statistics.StatisticsExports;
import org.redress.statistics.StatisticsFilter;
import org.redress.statistics.StatisticsService;

/**
 * Background exports for the current filter: a standard report grouped by the chosen dimensions, or one anonymised
 * record per complaint. Jobs show their progress (the page polls while one runs) and a download link when done.
 */
class ExportPanel extends Div {

    final CheckboxGroup<Dimension> groupBy = new CheckboxGroup<>();
    final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>();
    final Checkbox codes = new Checkbox();
    final Button exportReport = new Button();
    final Button exportRecords = new Button();
    final Grid<ExportJob> jobs = new Grid<>();

    private final StatisticsService statistics;
    private final StatisticsExports exports;
    private final Supplier<StatisticsFilter> filter;
    private Registration pollRegistration;

    ExportPanel(StatisticsService statistics, StatisticsExports exports, Supplier<StatisticsFilter> filter) {
        this.statistics = statistics;
        this.exports = exports;
        this.filter = filter;
        addClassName("export-panel");
        groupBy.setLabel(getTranslation("stats.export.groupBy"));
        groupBy.setItems(Dimension.values());
        groupBy.setItemLabelGenerator(d -> getTranslation("stats.column." + d.apiName()));
        groupBy.setValue(Set.of(Dimension.MERCHANT, Dimension.MONTH));
        format.setLabel(getTranslation("stats.export.format"));
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(f -> f == ExportFormat.CSV ? "CSV (UTF-8)" : "Excel (XLSX)");
        format.setValue(ExportFormat.CSV);
        codes.setLabel(getTranslation("stats.export.codes"));
        codes.setTooltipText(getTranslation("stats.export.codesHelp"));
        exportReport.setText(getTranslation("stats.export.report"));
        exportReport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        exportReport.addClickListener(e -> startReport());
        exportRecords.setText(getTranslation("stats.export.records"));
        exportRecords.addClickListener(e -> startRecords());
        Paragraph hint = new Paragraph(getTranslation("stats.export.hint", statistics.minConsumers()));
        hint.addClassName("view-hint");

        jobs.addColumn(ExportJob::fileName).setHeader(getTranslation("stats.export.file")).setFlexGrow(3);
        jobs.addComponentColumn(this::progressOf).setHeader(getTranslation("stats.export.progress")).setFlexGrow(2);
        jobs.addComponentColumn(this::downloadOf).setHeader("").setFlexGrow(1);
        jobs.addThemeVariants(GridVariant.LUMO_COMPACT);
        jobs.setAllRowsVisible(true);
        HorizontalLayout buttons = new HorizontalLayout(exportReport, exportRecords);
        add(new H3(getTranslation("stats.export.title")), hint, groupBy, format, codes, buttons, jobs);
        refreshJobs();
    }

    private void startReport() {
        List<Dimension> dimensions = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            if (groupBy.getValue().contains(d)) {
                dimensions.add(d);
            }
        }
        if (dimensions.isEmpty()) {
            groupBy.setInvalid(true);
            groupBy.setErrorMessage(getTranslation("stats.export.pickGroup"));
            return;
        }
        groupBy.setInvalid(false);
        StatisticsFilter current = filter.get();
        ExportFormat chosen = format.getValue();
        exports.startReport(current, dimensions, chosen, statistics.fileName("report", dimensions, current, chosen),
                language());
        started();
    }

    private void startRecords() {
        StatisticsFilter current = filter.get();
        ExportFormat chosen = format.getValue();
        exports.startRecords(current, chosen, statistics.fileName("records", List.of(), current, chosen),
                language());
        started();
    }

    /** The page's language, or field names and codes when the machine-readable variant is ticked. */
    private ExportLanguage language() {
        return codes.getValue() ? ExportLanguage.codes() : ExportLanguage.of(getLocale());
    }

    private void started() {
        Notifications.success(getTranslation("stats.export.started"));
        refreshJobs();
        getUI().ifPresent(ui -> ui.setPollInterval(1000));
    }

    void refreshJobs() {
        List<ExportJob> mine = exports.myJobs();
        jobs.setItems(mine);
        jobs.setVisible(!mine.isEmpty());
        boolean running = mine.stream().anyMatch(j -> j.state() == ExportJob.State.RUNNING);
        getUI().ifPresent(ui -> ui.setPollInterval(running ? 1000 : -1));
    }

    private Component progressOf(ExportJob job) {
        return switch (job.state()) {
            case RUNNING -> {
                ProgressBar bar = new ProgressBar(0, 1, job.progress());
                bar.setIndeterminate(job.rowsExpected() == 0);
                Span rows = new Span(getTranslation("stats.export.rows", job.rowsWritten(), job.rowsExpected()));
                rows.addClassName("export-rows");
                yield new Div(bar, rows);
            }
            case DONE -> new Span(getTranslation("stats.export.done", job.rowsWritten()));
            case FAILED -> {
                Span failed = new Span(getTranslation("stats.export.failed", job.error()));
                failed.addClassName("error-text");
                yield failed;
            }
        };
    }

    private Component downloadOf(ExportJob job) {
        if (job.state() != ExportJob.State.DONE) {
            return new Text("");
        }
        String id = job.id();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ExportJob current = exports.job(id).orElseThrow();
            return new DownloadResponse(Files.newInputStream(current.file()), current.fileName(),
                    current.format().contentType(), Files.size(current.file()));
        }), getTranslation("stats.export.download"));
        link.getElement().setAttribute("download", true);
        return link;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        pollRegistration = attachEvent.getUI().addPollListener(e -> refreshJobs());
        refreshJobs();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }
}
