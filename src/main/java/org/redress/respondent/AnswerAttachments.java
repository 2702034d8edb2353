package org.redress.respondent;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The files of each of these answers, by answer id, in one query. */
    Map<Long, List<ReferralView.Attachment>> of(Collection<Long> responseIds) {
        Map<Long, List<ReferralView.Attachment>> files = new HashMap<>();
        if (responseIds.isEmpty()) {
            return files;
        }
        jdbc.sql("""
                        select response_id, evidence_id, file_name, size_bytes from referral_response_attachment
                        where response_id in (:ids) order by evidence_id""")
                .param("ids", responseIds)
                .query(rs -> {
                    files.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new ReferralView.Attachment(rs.getLong(2), rs.getString(3), rs.getLong(4)));
                });
        return files;
    }
}
