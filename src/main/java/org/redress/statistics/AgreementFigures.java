package org.redress.statistics;

import java.math.BigDecimal;

/**
 * What binding mediation agreements say about the selected complaints: money agreed (refunds and compensation),
 * money recorded as paid, and how many obligations that fell due were fulfilled by their due date.
 *
 * @param obligationsDue obligations with a due date that has passed or that were fulfilled
 * @param fulfilledOnTime of those, fulfilled on or before the due date
 */
public record AgreementFigures(BigDecimal amountAgreed, BigDecimal amountRefunded, long obligationsDue,
                               long fulfilledOnTime, Long consumersPaid, Long consumersPartlyPaid,
                               Long consumersUnpaid) {

    public static AgreementFigures none() {
        return new AgreementFigures(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, null, null, null);
    }

    /** Share fulfilled on time, or null when nothing has fallen due yet. */
    public Double onTimeRate() {
        return obligationsDue == 0 ? null : (double) fulfilledOnTime / obligationsDue;
    }
}
