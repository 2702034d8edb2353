package org.redress.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.redress.complaint.Category;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.PaymentMethod;

/**
 * A search over complaints: words, phrases in quotes, a case/order/ticket number or a phone in {@code text}, plus
 * filters. Null or empty members do not filter. {@code merchantId} is resolved by the caller from an id or an exact
 * merchant name.
 */
public record ComplaintSearchQuery(String text, Long merchantId, Set<String> platforms, Set<Category> categories,
                                   Set<ComplaintStatus> statuses, Set<PaymentMethod> paymentMethods,
                                   Set<String> provinces, LocalDate from, LocalDate to, BigDecimal minAmount,
                                   BigDecimal maxAmount, Sort sort) {

    /** Result order. */
    public enum Sort {
        RELEVANCE, NEWEST, OLDEST, AMOUNT_DESC, AMOUNT_ASC;

        /** Reads the API's {@code sort} parameter: relevance, date, -date/date_asc, amount, -amount/amount_asc. */
        public static Sort parse(String value) {
            if (value == null || value.isBlank()) {
                return RELEVANCE;
            }
            return switch (value.trim().toLowerCase()) {
                case "date", "newest", "date_desc" -> NEWEST;
                case "-date", "oldest", "date_asc" -> OLDEST;
                case "amount", "amount_desc" -> AMOUNT_DESC;
                case "-amount", "amount_asc" -> AMOUNT_ASC;
                case "relevance", "score" -> RELEVANCE;
                default -> throw new IllegalArgumentException("sort must be relevance, date, -date, amount or -amount");
            };
        }
    }

    public static ComplaintSearchQuery text(String text) {
        return new ComplaintSearchQuery(text, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null,
                null, Sort.RELEVANCE);
    }
}
