package org.redress.audit;

import java.time.Instant;

/** A line of a case's timeline. {@code field}, {@code oldValue} and {@code newValue} are null for plain events. */
public record AuditRecord(Instant at, String actor, String action, String field, String oldValue, String newValue,
                          String subjectRef) {
}
