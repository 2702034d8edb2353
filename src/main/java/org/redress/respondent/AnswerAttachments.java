package org.redress.respondent;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.redress.base.BusinessRuleException;
import org.redress.complaint.EvidenceItem;
import org.redress.complaint.EvidenceService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files sent with an answer: stored as evidence on the case (so staff find them with the consumer's own evidence,
 * under the same type and size rules) and linked, by name and size, to the answer they came with.
 */
@Component
class AnswerAttachments {

    static final int MAX_FILES = 5;

    private final EvidenceService evidence;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    AnswerAttachments(EvidenceService evidence, JdbcClient jdbc, EntityManager entityManager) {
        this.evidence = evidence;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    void check(List<AnswerFile> files) {
        if (files.size() > MAX_FILES) {
            throw new BusinessRuleException("error.referral.tooManyFiles", MAX_FILES);
        }
    }

    void attach(ReferralResponse answer, long complaintId, List<AnswerFile> files) {
        for (AnswerFile file : files) {
            EvidenceItem item = evidence.addFromRespondent(complaintId, file.name(), file.content());
            // The answer and the evidence row must be in the database before the link that refers to both.
            entityManager.flush();
            jdbc.sql("""
                            insert into referral_response_attachment (response_id, evidence_id, file_name, size_bytes)
                            values (?, ?, ?, ?)""")
                    .params(answer.getId(), item.id(), item.originalName(), item.sizeBytes()).update();
        }
    }

    List<ReferralView.Attachment> of(long responseId) {
        return jdbc.sql("""
                        select evidence_id, file_name, size_bytes from referral_response_attachment
                        where response_id = ? order by evidence_id""")
                .param(responseId)
                .query((rs, n) -> new ReferralView.Attachment(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .list();
    }
}
