package org.redress.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.StoredText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks pending obligations of binding agreements OVERDUE once their due date has passed: every night shortly after
 * midnight in the association's zone. Audited on the agreement.
 */
@Component
public class OverdueObligations {

    private static final Logger log = LoggerFactory.getLogger(OverdueObligations.class);

    private final AgreementRepository agreements;
    private final AuditService audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OverdueObligations(AgreementRepository agreements, AuditService audit, TransactionTemplate transactions,
                       Clock clock) {
        this.agreements = agreements;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    // Called on this bean itself, so the transaction is opened here rather than by the annotation's proxy.
    @Scheduled(cron = "0 5 0 * * *", zone = "${redress.zone:Asia/Shanghai}")
    public void nightly() {
        transactions.executeWithoutResult(status -> markOverdue(LocalDate.now(clock)));
    }

    /** Catches up at start-up: a portal that was down at midnight must not show passed obligations as pending. */
    @EventListener(ApplicationReadyEvent.class)
    public void atStartUp() {
        nightly();
    }

    /**
     * Marks every pending obligation due before {@code today}, or with an instalment due before it and not fully
     * paid; returns how many changed.
     */
    @Transactional
    public int markOverdue(LocalDate today) {
        int changed = 0;
        Set<Agreement> candidates = new LinkedHashSet<>(agreements.withPendingDueBefore(today));
        candidates.addAll(agreements.withOpenInstalmentDueBefore(today));
        for (Agreement agreement : candidates) {
            for (int n = 1; n <= agreement.getObligations().size(); n++) {
                Obligation o = agreement.getObligations().get(n - 1);
                if (o.status() != ObligationStatus.PENDING) {
                    continue;
                }
                LocalDate due = agreement.instalmentsOf(n).stream().filter(i -> i.isOverdue(today))
                        .map(Instalment::dueDate).findFirst()
                        .orElse(o.dueDate() != null && o.dueDate().isBefore(today) ? o.dueDate() : null);
                if (due != null) {
                    agreement.track(n, o.withStatus(ObligationStatus.OVERDUE, null, o.note()));
                    audit.record(AuditSubject.AGREEMENT, agreement.getId(), "AG-" + agreement.getId(),
                            AuditAction.OBLIGATION_OVERDUE, null, null,
                            StoredText.encode("audit.value.obligationDue", n, due));
                    changed++;
                }
            }
        }
        if (changed > 0) {
            log.info("{} obligation(s) became overdue", changed);
        }
        return changed;
    }
}
