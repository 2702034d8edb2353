package org.redress.statistics.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import org.redress.base.ui.EChart;
import org.redress.statistics.ExportFormat;
import org.redress.statistics.TableWriter;

/**
 * A chart, the sortable table of the same figures under it, and downloads of that table. The table's rows are
 * aggregates, so they are written straight from memory.
 */
class ChartPanel extends Div {

    /** The table behind a chart as export columns and rows, plus the file name (without extension). */
    record Table(String fileName, List<String> notes, List<String> header, List<Object[]> rows) {
    }

    final EChart chart;
    private final Div body = new Div();
    private final Paragraph empty = new Paragraph();
    private Supplier<Table> table = () -> new Table("table", List.of(), List.of(), List.of());

    ChartPanel(String title, String chartHeight) {
        addClassName("chart-panel");
        chart = new EChart("100%", chartHeight);
        empty.setText(getTranslation("stats.empty"));
        empty.addClassName("empty-state");
        empty.setVisible(false);
        HorizontalLayout downloads = new HorizontalLayout(download(ExportFormat.CSV), download(ExportFormat.XLSX));
        downloads.addClassName("chart-downloads");
        HorizontalLayout header = new HorizontalLayout(new H3(title), downloads);
        header.addClassName("chart-header");
        header.setWidthFull();
        header.expand(header.getComponentAt(0));
        add(header, empty, chart, body);
    }

    void show(boolean hasData, Div tableComponent, Supplier<Table> tableSupplier) {
        empty.setVisible(!hasData);
        chart.setVisible(hasData);
        body.removeAll();
        if (hasData) {
            body.add(tableComponent);
        }
        this.table = tableSupplier;
    }

    private Anchor download(ExportFormat format) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            Table current = table.get();
            byte[] bytes = write(current, format);
            return new DownloadResponse(new ByteArrayInputStream(bytes), current.fileName() + "."
                    + format.extension(), format.contentType(), bytes.length);
        }), format.extension().toUpperCase());
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("title", getTranslation("stats.downloadTable"));
        link.addClassName("chart-download");
        return link;
    }

    static byte[] write(Table table, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.open(format, out, table.notes(), table.header())) {
            for (Object[] row : table.rows()) {
                writer.row(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
