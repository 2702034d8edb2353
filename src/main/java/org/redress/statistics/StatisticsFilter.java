package org.redress.statistics;

import java.time.LocalDate;
import org.redress.complaint.Category;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.PaymentMethod;

/**
 * Which complaints a statistic covers; every part is optional.
 *
 * @param from       first day received (inclusive)
 * @param to         last day received (inclusive)
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
    }

    /** A short description for file names: the date range and the filters that are set. */
    public String describe() {
        StringBuilder name = new StringBuilder();
        name.append(from == null ? "start" : from).append('_').append(to == null ? "today" : to);
        append(name, platform);
        append(name, category);
        append(name, paymentMethod);
        append(name, province);
        append(name, merchantId == null ? null : "merchant" + merchantId);
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
