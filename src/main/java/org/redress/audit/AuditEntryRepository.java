package org.redress.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByOccurredAtDescIdDesc(AuditSubject type, Long subjectId);

    long countBySubjectTypeAndSubjectId(AuditSubject type, Long subjectId);
}
