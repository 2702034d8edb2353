package org.redress.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How a collective agreement shares out: each consenting member is owed {@code percent} of the amount the basis
 * names (for "use first, pay later" purchases, of what they actually paid, the rest still owed being released), paid
 * in {@code instalments} equal parts every {@code intervalMonths} months from {@code firstDueDate}. Field names are
 * part of the API.
 */
public record SettlementTerms(Long disputeId, EntitlementBasis basis, BigDecimal percent, Integer instalments,
                              LocalDate firstDueDate, Integer intervalMonths, String recitals) {
}
