package org.redress.mediation;

import java.util.List;

/** The complaint or class dispute a session is about, with what the scheduling rules need to know of it. */
record SessionSubject(Long complaintId, String caseNumber, Long disputeId, String ref, String title, Long merchantId,
                      List<String> platformNames, List<String> partyNames) {
}
