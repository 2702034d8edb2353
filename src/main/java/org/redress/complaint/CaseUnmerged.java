package org.redress.complaint;

/** Published when a merged duplicate was brought back as a case of its own. */
public record CaseUnmerged(long survivorId, long duplicateId) {
}
