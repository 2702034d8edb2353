package org.redress.agreement;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a payment file matched: rows applied to members' instalments, rows not applied (with the reason), and among
 * the matched, payments of more or less than was due, so none is silently absorbed. Field names are part of the API.
 *
 * @param matched  rows applied to a member's instalments
 * @param overpaid matched rows whose amount exceeded all the member still owed: {@code amount} was not applied
 * @param underpaid matched rows after which the instalment they reached is still partly open: {@code amount} remains
 */
public record PaymentImportResult(int matched, List<RowError> unmatched, List<Difference> overpaid,
                                  List<Difference> underpaid) {

    public record RowError(long row, String reason) {
    }

    public record Difference(long row, String caseNumber, int instalment, BigDecimal amount) {
    }
}
