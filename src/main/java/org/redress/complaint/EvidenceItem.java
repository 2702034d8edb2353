package org.redress.complaint;

import java.time.Instant;

/** An evidence file as the case view lists it. */
public record EvidenceItem(Long id, EvidenceType type, String originalName, String contentType, long sizeBytes,
                           String sha256, Instant uploadedAt, String uploadedBy) {
}
