package org.redress.respondent;

import java.time.Clock;
import java.time.LocalDate;
import org.redress.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, and at start-up to catch up, referrals past their due date without an answer become overdue. */
@Component
class OverdueReferrals {

    private static final Logger log = LoggerFactory.getLogger(OverdueReferrals.class);

    private final Referrals referrals;
    private final Clock clock;

    OverdueReferrals(Referrals referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
    }

    @Scheduled(cron = "0 10 0 * * *", zone = "${redress.zone:Asia/Shanghai}")
    void nightly() {
        SystemUser.run(() -> {
            int late = referrals.markOverdue(LocalDate.now(clock));
            if (late > 0) {
                log.info("{} referral(s) became overdue", late);
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        nightly();
    }
}
