package org.redress.statistics;

/**
 * How many resolved cases took between {@code fromDays} and {@code toDays} (inclusive; null = no upper end);
 * {@code complaints} is null when withheld (fewer than k consumers in the bucket).
 */
public record ResolutionBucket(int fromDays, Integer toDays, Long complaints) {
}
