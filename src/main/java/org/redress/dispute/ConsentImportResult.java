package org.redress.dispute;

import java.util.List;

/** What a consent file recorded, and the rows it could not, each with the reason. Field names are part of the API. */
public record ConsentImportResult(int recorded, List<RowError> errors) {

    public record RowError(long row, String reason) {
    }
}
