package org.redress.statistics;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.redress.base.SafeCsv;
import org.redress.base.Texts;

/**
 * Writes a table row by row to CSV or XLSX without holding it in memory. CSV starts with a byte-order mark so Excel
 * reads the Chinese correctly; notes (filters, suppression) go into comment lines before the header. XLSX puts them on
 * an "About" sheet and starts a new data sheet when one is full.
 */
public abstract sealed class TableWriter implements Closeable {

    public static TableWriter open(ExportFormat format, OutputStream out, List<String> notes, List<String> header)
            throws IOException {
        return open(format, out, notes, header, Locale.ROOT);
    }

    /** As above, with the XLSX sheets named in the locale's language. */
    public static TableWriter open(ExportFormat format, OutputStream out, List<String> notes, List<String> header,
                                   Locale locale) throws IOException {
        return format == ExportFormat.CSV ? new Csv(out, notes, header)
                : new Xlsx(out, notes, header, Texts.render("export.sheet.about", locale),
                        Texts.render("export.sheet.data", locale));
    }

    public abstract void row(Object[] values) throws IOException;

    static final class Csv extends TableWriter {
        private final CSVPrinter printer;

        Csv(OutputStream out, List<String> notes, List<String> header) throws IOException {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            printer = CSVFormat.DEFAULT.builder().setCommentMarker('#').setRecordSeparator("\r\n").get()
                    .print(writer);
            for (String note : notes) {
                printer.printComment(note);
            }
            printer.printRecord(SafeCsv.cells(header));
        }

        @Override
        public void row(Object[] values) throws IOException {
            for (Object value : values) {
                printer.print(value instanceof BigDecimal amount ? amount.toPlainString() : SafeCsv.cell(value));
            }
            printer.println();
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }

    static final class Xlsx extends TableWriter {
        // The format's sheet limit is 1,048,576 rows including the header.
        static final int ROWS_PER_SHEET = 1_000_000;

        private final Workbook workbook;
        private final List<String> header;
        private final String dataName;
        private Worksheet sheet;
        private int sheetNumber;
        private int row;

        Xlsx(OutputStream out, List<String> notes, List<String> header, String aboutName, String dataName)
                throws IOException {
            this.workbook = new Workbook(out, "Redress", "1.0");
            this.header = header;
            this.dataName = dataName;
            Worksheet about = workbook.newWorksheet(aboutName);
            for (int i = 0; i < notes.size(); i++) {
                about.value(i, 0, notes.get(i));
            }
            about.finish();
            newSheet();
        }

        private void newSheet() throws IOException {
            if (sheet != null) {
                sheet.finish();
            }
            sheetNumber++;
            sheet = workbook.newWorksheet(sheetNumber == 1 ? dataName : dataName + " " + sheetNumber);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            row = 1;
        }

        @Override
        public void row(Object[] values) throws IOException {
            if (row > ROWS_PER_SHEET) {
                newSheet();
            }
            for (int c = 0; c < values.length; c++) {
                Object value = values[c];
                if (value instanceof Number number) {
                    sheet.value(row, c, number);
                } else if (value != null) {
                    sheet.value(row, c, value.toString());
                }
            }
            row++;
            if (row % 1_000 == 0) {
                // Hands the finished rows to the stream, keeping memory flat.
                sheet.flush();
            }
        }

        @Override
        public void close() throws IOException {
            sheet.finish();
            workbook.finish();
        }
    }
}
