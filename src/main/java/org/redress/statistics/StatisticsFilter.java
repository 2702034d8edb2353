package org.redress.statistics;

import java.time.LocalDate;
import org.redress.complaint.Category;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.PaymentMethod;

/**
 * Which complaints a statistic covers; every part is optional. Dates cover whole calendar months: {@code from} moves
 * to the first day of its month and {@code to} to the last, so two windows a day apart cannot be subtracted to
 * single out one complaint.
 *
 * @param from       first day received (inclusive), snapped to the first of its month
 * @param to         last day received (inclusive), snapped to the end of its month
 * @param merchantId one merchant's complaints
 */
public record StatisticsFilter(LocalDate from, LocalDate to, String platform, Category category,
                               PaymentMethod paymentMethod, String province, Long merchantId,
                               ComplaintStatus status) {

    public static StatisticsFilter all() {
        return new StatisticsFilter(null, null, null, null, null, null, null, null);
    }

    public StatisticsFilter {
        platform = blankToNull(platform);
        province = blankToNull(province);
        from = from == null ? null : from.withDayOfMonth(1);
        to = to == null ? null : to.withDayOfMonth(to.lengthOfMonth());
    }

    /**
     * A short description for file names: the date range and the filters that are set, except the merchant, whose
     * name or id would say whom a file is about to anyone who sees the file name.
     */
    public String describe() {
        StringBuilder name = new StringBuilder();
        name.append(from == null ? "start" : from).append('_').append(to == null ? "today" : to);
        append(name, platform);
        append(name, category);
        append(name, paymentMethod);
        append(name, province);
        append(name, status);
        return name.toString();
    }

    private static void append(StringBuilder name, Object part) {
        if (part != null) {
            name.append('_').append(part);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
