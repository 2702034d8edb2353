package org.redress.merchant;

import java.time.Instant;

/** A merchant merge as the profile page lists it. */
public record MergeRecord(Long id, Long sourceId, String sourceName, Long targetId, String targetName,
                          Instant mergedAt, String mergedBy, String reason, Instant undoneAt, String undoneBy) {
}
