package org.redress.complaint;

/** A case moved a step today (steps recorded for an earlier date, as in a migration, are not announced). */
public record CaseStatusChanged(long complaintId, String caseNumber, ComplaintStatus from, ComplaintStatus to,
                                String reason) {

    /** The step by which the association took the case on (受理): its first referral or mediation. */
    public boolean accepts() {
        return !from.isAccepted() && to.isAccepted();
    }
}
