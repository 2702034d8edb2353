package org.redress.statistics;

/** How many resolved cases took between {@code fromDays} and {@code toDays} (inclusive; null = no upper end). */
public record ResolutionBucket(int fromDays, Integer toDays, long complaints) {
}
