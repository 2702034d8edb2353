package org.redress.complaint;

import java.util.List;

/**
 * What a CSV import did. {@code row} numbers count data rows from 1 (the header is row 0), as a spreadsheet user
 * would find them after the header line.
 */
public record ImportResult(int imported, int skipped, List<RowError> errors) {

    public record RowError(long row, String externalId, String reason) {
    }
}
