package org.redress.watch;

import java.util.List;

/**
 * A merchant that may be about to vanish, with the figures behind the warning.
 *
 * @param lastWeek       complaints received in the last 7 days
 * @param weeklyBaseline average complaints per week in the 8 weeks before that
 * @param payLaterUndelivered complaints in the last 30 days about goods not delivered or a vanished merchant, paid
 *                       with use-first-pay-later
 */
public record MerchantRisk(Long merchantId, String merchantName, String platform, long lastWeek,
                           double weeklyBaseline, long payLaterUndelivered, List<Reason> reasons) {

    /** Why a merchant is on the list. */
    public enum Reason {
        /** New complaints in the last week far above the merchant's own weekly average. */
        SURGE,
        /** Many non-delivery or absconding complaints paid with use-first-pay-later in the last 30 days. */
        PAY_LATER_NON_DELIVERY
    }
}
