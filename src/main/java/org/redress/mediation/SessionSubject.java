package org.redress.mediation;

import java.util.List;

/**
 * The complaint or class dispute a session is about, with what the scheduling rules need to know of it.
 *
 * @param status the case's or dispute's status, and {@code open} whether sessions may still be scheduled for it
 */
record SessionSubject(Long complaintId, String caseNumber, Long disputeId, String ref, Long merchantId,
                      List<String> platformNames, List<String> partyNames, Enum<?> status, boolean open) {
}
