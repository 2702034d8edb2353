package org.redress.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A small CSV upload with named columns (a consent list, a payment file): read whole, in UTF-8 or GB18030 (see
 * {@link CsvInput}), checked for its required columns; columns beyond those are ignored. A file that is not CSV or
 * lacks a column is refused as a whole (400); rows are numbered from 1 after the header, as the complaint import
 * numbers them.
 */
public final class CsvTable {

    /** Most rows one file may hold. */
    public static final int MAX_ROWS = 100_000;

    private CsvTable() {
    }

    public record Row(long number, CSVRecord record) {

        /** The cell, stripped; null when blank. */
        public String get(String column) {
            String value = record.isSet(column) ? record.get(column) : null;
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    public static List<Row> read(InputStream upload, List<String> columns) {
        try (CsvInput input = CsvInput.of(upload);
             Reader reader = input.reader();
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreHeaderCase(true).setTrim(true).get().parse(reader)) {
            List<String> missing = columns.stream().filter(c -> parser.getHeaderNames().stream()
                    .noneMatch(h -> h.strip().equalsIgnoreCase(c))).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException(Map.of("header", Message.of("error.base.csvColumnsMissing",
                        String.join(", ", missing), String.join(",", columns))));
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw new InvalidInputException(Map.of("file", Message.of("error.base.csvTooManyRows",
                            MAX_ROWS)));
                }
                rows.add(new Row(record.getRecordNumber(), record));
            }
            return rows;
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(Map.of("file", Message.of("error.complaint.fileNotValidCsv",
                    e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the CSV file", e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException(Map.of("file", Message.of("error.complaint.fileNotValidCsv",
                    e.getMessage())));
        }
    }
}
