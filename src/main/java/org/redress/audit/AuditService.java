package org.redress.audit;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.redress.base.Roles;
import org.redress.base.StoredText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the audit trail. Writing joins the caller's transaction so a rolled-back change leaves no entry. */
@Service
public class AuditService {

    private final AuditEntryRepository entries;
    private final AuditActor currentUser;
    private final Clock clock;
    private final EntityManager entityManager;

    AuditService(AuditEntryRepository entries, AuditActor currentUser, Clock clock, EntityManager entityManager) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** One subject of a bulk entry: its id, the reference people read, and what is recorded of it. */
    public record Subject(Long id, String ref, String value) {
    }

    /**
     * Records one entry per subject, all by the same actor at the same instant, as a bulk import needs: written
     * through a stateless session on the caller's connection, so they commit or roll back with its transaction
     * without passing through the persistence context one by one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordEach(AuditSubject subject, AuditAction action, List<Subject> subjects) {
        recordEach(subject, action, null, null, subjects);
    }

    /** As {@link #recordEach(AuditSubject, AuditAction, List)}, each entry naming the field and its value before. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordEach(AuditSubject subject, AuditAction action, String field, String oldValue,
                           List<Subject> subjects) {
        Instant now = clock.instant();
        String actor = currentUser.usernameOrSystem();
        List<AuditEntry> batch = subjects.stream()
                .map(s -> new AuditEntry(subject, s.id(), s.ref(), now, actor, action.name(), field, oldValue,
                        s.value()))
                .toList();
        try (StatelessSession stateless = entityManager.unwrap(Session.class).statelessWithOptions().connection()
                .open()) {
            stateless.insertMultiple(batch);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditSubject subject, Long subjectId, String subjectRef, AuditAction action, String field,
                       String oldValue, String newValue) {
        entries.save(new AuditEntry(subject, subjectId, subjectRef, clock.instant(), currentUser.usernameOrSystem(),
                action.name(), field, oldValue, newValue));
    }

    /** Records a field change, and nothing when the value did not change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(AuditSubject subject, Long subjectId, String subjectRef, String field, Object oldValue,
                             Object newValue) {
        String before = stored(oldValue);
        String after = stored(newValue);
        if (!Objects.equals(before, after)) {
            record(subject, subjectId, subjectRef, AuditAction.FIELD_CHANGED, field, before, after);
        }
    }

    /** A yes/no field reads 是/否 (Yes/No) on the timeline, never "true" or "false". */
    private static String stored(Object value) {
        return value instanceof Boolean yes ? StoredText.encode(yes ? "common.yes" : "common.no")
                : StoredText.of(value);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.CASE_WORKERS)
    public List<AuditRecord> timeline(AuditSubject subject, Long subjectId) {
        return entries.findBySubjectTypeAndSubjectIdOrderByOccurredAtDescIdDesc(subject, subjectId).stream()
                .map(AuditEntry::toRecord)
                .toList();
    }
}
