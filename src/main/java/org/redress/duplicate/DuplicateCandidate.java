package org.redress.duplicate;

import java.util.Set;

/** A likely duplicate of a complaint. Field names are part of the API. */
public record DuplicateCandidate(String caseNumber, String externalId, double score, Set<DuplicateReason> reasons) {
}
