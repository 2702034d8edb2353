package org.redress.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.math.RoundingMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A report as a table: the export columns (an allow-list of group names and measures) and its rows. */
public final class ReportTable {

    /** Measure columns of reports, in order; also the JSON field names of the API. */
    public static final List<String> MEASURES = List.of("complaints", "consumers", "payLater", "payLaterShare",
            "amountPaid", "amountClaimed", "resolved", "resolutionRate", "medianDaysToResolution");

    private ReportTable() {
    }

    public static List<String> header(Report report) {
        List<String> header = new ArrayList<>();
        report.groupBy().forEach(d -> header.add(d.apiName()));
        header.addAll(MEASURES);
        return header;
    }

    public static Object[] values(ReportRow row) {
        List<Object> values = new ArrayList<>(row.keys());
        values.add(row.complaints());
        values.add(row.consumers());
        values.add(row.payLater());
        values.add(ratio(row.payLaterShare()));
        values.add(row.amountPaid());
        values.add(row.amountClaimed());
        values.add(row.resolved());
        values.add(ratio(row.resolutionRate()));
        values.add(row.medianDaysToResolution());
        return values.toArray();
    }

    public static void write(Report report, ExportFormat format, List<String> notes, OutputStream out,
                             ExportLabels labels, Locale locale) throws IOException {
        List<String> columns = header(report);
        try (TableWriter writer = TableWriter.open(format, out, notes, labels.header(columns), locale)) {
            for (ReportRow row : report.rows()) {
                writer.row(labels.row(columns, values(row)));
            }
        }
    }

    static BigDecimal ratio(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
