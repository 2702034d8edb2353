package org.redress.dispute;

/**
 * What a mediation session or an agreement is about: one complaint (by its case number) or a class dispute, written
 * "CD-12". The one place that knows how a dispute is written and where each kind is shown in the portal.
 */
public record CaseRef(String caseNumber, Long disputeId) {

    private static final String DISPUTE = "CD-";

    public CaseRef {
        if ((caseNumber == null) == (disputeId == null)) {
            throw new IllegalArgumentException("A case number or a dispute id, not both");
        }
    }

    public static CaseRef ofCase(String caseNumber) {
        return new CaseRef(caseNumber, null);
    }

    public static CaseRef ofDispute(long disputeId) {
        return new CaseRef(null, disputeId);
    }

    /** "CD-12" is dispute 12; anything else a case number. Throws NumberFormatException for "CD-x". */
    public static CaseRef parse(String ref) {
        return ref.startsWith(DISPUTE) ? ofDispute(Long.parseLong(ref.substring(DISPUTE.length()))) : ofCase(ref);
    }

    public boolean isDispute() {
        return disputeId != null;
    }

    /** The portal address of the case or dispute page, relative to the context root. */
    public String route() {
        return isDispute() ? "disputes/" + disputeId : "cases/" + caseNumber;
    }

    @Override
    public String toString() {
        return isDispute() ? DISPUTE + disputeId : caseNumber;
    }
}
