package org.redress.watch;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.redress.merchant.MerchantDetails;

/**
 * A merchant's record with the totals of the complaints against it. {@code consumers} counts distinct phone
 * numbers (or e-mail addresses where no phone was given).
 */
public record MerchantProfile(MerchantDetails merchant, long complaints, long consumers, BigDecimal amountClaimed,
                              long open, long resolved, List<MonthCount> perMonth, Map<String, Long> categories,
                              Map<String, Long> paymentMethods) {

    /** Complaints received in one month, e.g. "2026-10". */
    public record MonthCount(String month, long complaints) {
    }
}
