package org.redress.statistics;

import java.math.BigDecimal;

/**
 * Binding agreements for one merchant (or "other", for merchants with too few consumers to show). Field names are
 * part of the API.
 *
 * @param onTimeRate obligations fulfilled by their due date, of those due by now or fulfilled; null when none is due
 */
public record AgreementMerchantRow(String merchant, long agreements, long consumers, BigDecimal amountAgreed,
                                   BigDecimal amountPaid, long obligationsDue, long fulfilledOnTime,
                                   Double onTimeRate) {

    AgreementMerchantRow plus(AgreementMerchantRow other) {
        long due = obligationsDue + other.obligationsDue;
        long onTime = fulfilledOnTime + other.fulfilledOnTime;
        return new AgreementMerchantRow(merchant, agreements + other.agreements, consumers + other.consumers,
                amountAgreed.add(other.amountAgreed), amountPaid.add(other.amountPaid), due, onTime,
                due == 0 ? null : (double) onTime / due);
    }
}
