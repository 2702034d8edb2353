package org.redress.statistics;

import java.math.BigDecimal;

/**
 * The dashboard's top figures.
 *
 * @param resolved               cases that have left the open states (fulfilled, closed, withdrawn, rejected, escalated)
 * @param medianDaysToResolution over the resolved cases, or null if there are none
 * @param payLater               complaints paid with "use first, pay later"
 */
public record Headline(long complaints, long consumers, BigDecimal amountPaid, BigDecimal amountClaimed,
                       long resolved, Double medianDaysToResolution, long payLater) {

    public double resolutionRate() {
        return complaints == 0 ? 0 : (double) resolved / complaints;
    }

    public double payLaterShare() {
        return complaints == 0 ? 0 : (double) payLater / complaints;
    }
}
