package org.redress.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an agreement is about, as drafting, signing and tracking need it: the case or the class dispute, its parties'
 * names and the particulars the records hold about them, its mediator, the platform, and (for a dispute) the members'
 * case numbers that may be named as debtor or creditor.
 */
record AgreementSubject(Long complaintId, Long disputeId, String ref, String recitals, String consumer,
                        String merchant, String mediator, Set<String> memberCases, Enum<?> status, boolean open,
                        String platform, Particulars consumerParticulars, Particulars merchantParticulars,
                        List<String> otherRepresentatives) {

    /**
     * The consumers an agreement pays, by case number, each with the money obligations owed to them: the complaint's
     * consumer, or in a class dispute each member named as creditor.
     */
    Map<String, List<Obligation>> consumerCases(Agreement agreement) {
        Map<String, List<Obligation>> owed = new LinkedHashMap<>();
        for (Obligation o : agreement.getObligations()) {
            String creditorCase = "CONSUMER".equals(o.creditor()) && complaintId != null ? ref
                    : memberCases.contains(o.creditor()) ? o.creditor() : null;
            if (creditorCase != null && o.kind().isMoney()) {
                owed.computeIfAbsent(creditorCase, k -> new ArrayList<>()).add(o);
            }
        }
        return owed;
    }
}
