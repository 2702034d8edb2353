package org.redress.agreement;

import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.Message;
import org.redress.base.StoredText;
import org.springframework.stereotype.Component;

/** Writes an agreement's changes on its own trail and on the timeline of the case or dispute it is about. */
@Component
class AgreementTimeline {

    private final AuditService audit;

    AgreementTimeline(AuditService audit) {
        this.audit = audit;
    }

    void record(Agreement agreement, AgreementSubject subject, AuditAction action, Message what) {
        audit.record(AuditSubject.AGREEMENT, agreement.getId(), "AG-" + agreement.getId(), action, null, null,
                StoredText.of(what));
        String onCase = StoredText.of(Message.of("audit.value.onAgreement", agreement.getId(), what));
        if (subject.complaintId() != null) {
            audit.record(AuditSubject.COMPLAINT, subject.complaintId(), subject.ref(), action, "agreement", null,
                    onCase);
        } else {
            audit.record(AuditSubject.DISPUTE, subject.disputeId(), subject.ref(), action, "agreement", null, onCase);
        }
    }
}
