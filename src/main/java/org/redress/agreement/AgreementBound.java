package org.redress.agreement;

import java.util.List;

/** An agreement became binding (all parties signed); the consumers it pays are named by their case numbers. */
public record AgreementBound(long agreementId, List<String> caseNumbers) {
}
