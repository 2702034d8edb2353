package org.redress.agreement;

import java.time.Instant;
import java.util.List;

/** One saved version of an agreement, as readable lines for comparing versions. */
public record AgreementVersion(int revision, String savedBy, Instant savedAt, List<String> lines) {
}
