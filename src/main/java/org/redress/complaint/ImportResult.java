package org.redress.complaint;

import java.util.List;

/**
 * What a CSV import did. {@code row} numbers count data rows from 1 (the header is row 0), as a spreadsheet user
 * would find them after the header line. At most {@link #MAX_ERRORS} row errors are listed; {@code errorsTotal}
 * counts them all. {@code encoding} says how the file was read (UTF-8 or GB18030).
 */
public record ImportResult(int imported, int skipped, List<RowError> errors, long errorsTotal, String encoding) {

    public static final int MAX_ERRORS = 1_000;

    public record RowError(long row, String externalId, String reason) {
    }
}
