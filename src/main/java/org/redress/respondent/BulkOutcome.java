package org.redress.respondent;

import java.util.List;

/** How many cases a bulk referral or a file of answers reached, and each row or case it did not. Field names are part of the API. */
public record BulkOutcome(int done, List<Skipped> skipped) {

    /** @param row the file's row, or 0 for a member case */
    public record Skipped(long row, String caseNumber, String reason) {
    }
}
