package org.redress.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audited change. Entries are only ever added, never changed or removed. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    static final int VALUE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 20)
    private AuditSubject subjectType;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "subject_ref", length = 50)
    private String subjectRef;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 50)
    private String actor;

    @Column(nullable = false, length = 50)
    private String action;

    @Column(length = 50)
    private String field;

    @Column(name = "old_value", length = VALUE_MAX)
    private String oldValue;

    @Column(name = "new_value", length = VALUE_MAX)
    private String newValue;

    protected AuditEntry() {
    }

    AuditEntry(AuditSubject subjectType, Long subjectId, String subjectRef, Instant occurredAt, String actor,
               String action, String field, String oldValue, String newValue) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.subjectRef = subjectRef;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
    }

    private static String clip(String value) {
        return value == null || value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX - 1) + "…";
    }

    AuditRecord toRecord() {
        return new AuditRecord(occurredAt, actor, action, field, oldValue, newValue, subjectRef);
    }
}
