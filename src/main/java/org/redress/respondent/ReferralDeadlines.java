package org.redress.respondent;

import java.time.LocalDate;
import org.redress.base.WorkingCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long each kind of respondent has to answer, in working days of the association's calendar (holidays and
 * make-up working days included); an IN_PROGRESS answer extends once by the same span.
 */
@Component
class ReferralDeadlines {

    private final WorkingCalendar calendar;
    private final int merchantDays;
    private final int platformDays;
    private final int providerDays;

    ReferralDeadlines(WorkingCalendar calendar,
                      @Value("${redress.referrals.working-days.merchant:10}") int merchantDays,
                      @Value("${redress.referrals.working-days.platform:10}") int platformDays,
                      @Value("${redress.referrals.working-days.payment-provider:10}") int providerDays) {
        this.calendar = calendar;
        this.merchantDays = merchantDays;
        this.platformDays = platformDays;
        this.providerDays = providerDays;
    }

    LocalDate due(RespondentKind kind, LocalDate from) {
        return calendar.addWorkingDays(from, switch (kind) {
            case MERCHANT -> merchantDays;
            case PLATFORM -> platformDays;
            case PAYMENT_PROVIDER -> providerDays;
        });
    }
}
