package org.redress.dispute;

import java.util.Map;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.complaint.ComplaintService;
import org.springframework.stereotype.Component;

/**
 * Resolves what a session or an agreement is about — a complaint by case number, or a class dispute by id — in one
 * place, for every feature that works on either (sessions, agreements).
 */
@Component
public class CaseSubjects {

    private final ComplaintService complaints;
    private final DisputeService disputes;

    CaseSubjects(ComplaintService complaints, DisputeService disputes) {
        this.complaints = complaints;
        this.disputes = disputes;
    }

    /** Exactly one of the two must be given (400 naming {@code caseNumber} otherwise); 404 when unknown. */
    public CaseSubject resolve(String caseNumber, Long disputeId) {
        boolean noCase = caseNumber == null || caseNumber.isBlank();
        if (noCase == (disputeId == null)) {
            throw new InvalidInputException(Map.of("caseNumber",
                    Message.of("error.dispute.giveEitherCasenumberDisputeid")));
        }
        return disputeId != null ? new CaseSubject.OfDispute(disputes.get(disputeId))
                : new CaseSubject.OfComplaint(complaints.get(caseNumber.trim()));
    }

    public CaseSubject resolve(CaseRef ref) {
        return ref.isDispute() ? resolve(null, ref.disputeId()) : resolve(ref.caseNumber(), null);
    }
}
