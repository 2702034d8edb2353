package org.redress.complaint;

import java.time.LocalDate;
import org.redress.base.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The 12315 time limits: accept or reject within 7 working days of receipt, the platform answers a referral within
 * 15 working days, and mediation ends within 45 days of acceptance.
 */
@Component
public class DeadlinePolicy {

    static final int ACCEPT_WORKING_DAYS = 7;
    static final int PLATFORM_REPLY_WORKING_DAYS = 15;
    static final int MEDIATION_DAYS = 45;

    private final WorkingCalendar calendar;

    DeadlinePolicy(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    LocalDate acceptDue(LocalDate receivedAt) {
        return calendar.addWorkingDays(receivedAt, ACCEPT_WORKING_DAYS);
    }

    LocalDate platformReplyDue(LocalDate referredOn) {
        return calendar.addWorkingDays(referredOn, PLATFORM_REPLY_WORKING_DAYS);
    }

    LocalDate mediationDue(LocalDate acceptedOn) {
        return acceptedOn.plusDays(MEDIATION_DAYS);
    }
}
