package org.redress.complaint;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the case list is narrowed to. Null or empty members do not filter.
 *
 * @param assignee    only cases assigned to this username
 * @param overdueOnly only cases past their current deadline
 * @param text        a case number, order number, ticket, phone or consumer name fragment
 */
public record ComplaintFilter(Set<ComplaintStatus> statuses, String platform, Category category, Long merchantId,
                              LocalDate receivedFrom, LocalDate receivedTo, String assignee, boolean overdueOnly,
                              String text) {

    public static ComplaintFilter all() {
        return new ComplaintFilter(Set.of(), null, null, null, null, null, null, false, null);
    }
}
