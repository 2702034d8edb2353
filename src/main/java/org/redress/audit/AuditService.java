package org.redress.audit;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.redress.base.Roles;
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

    AuditService(AuditEntryRepository entries, AuditActor currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
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
        String before = oldValue == null ? null : oldValue.toString();
        String after = newValue == null ? null : newValue.toString();
        if (!Objects.equals(before, after)) {
            record(subject, subjectId, subjectRef, AuditAction.FIELD_CHANGED, field, before, after);
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.CASE_WORKERS)
    public List<AuditRecord> timeline(AuditSubject subject, Long subjectId) {
        return entries.findBySubjectTypeAndSubjectIdOrderByOccurredAtDescIdDesc(subject, subjectId).stream()
                .map(AuditEntry::toRecord)
                .toList();
    }
}
