package org.redress.dispute;

import java.time.Instant;
import java.time.LocalDate;
import org.redress.complaint.Channel;

/** One entry of a dispute's consent ledger, as recorded. Field names are part of the API. */
public record ConsentEntry(String caseNumber, ConsentDecision decision, LocalDate decidedOn, Channel channel,
                           String recordedBy, Instant recordedAt) {
}
