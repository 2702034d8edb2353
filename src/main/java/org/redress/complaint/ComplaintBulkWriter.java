package org.redress.complaint;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.IdentifierGenerator;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a batch of new, already checked cases the way a bulk import needs: one JDBC batch of inserts on the
 * transaction's connection (no persistence context, no dirty checking, no flush-time actions per entity), the cases
 * handed to Hibernate Search's indexing plan of the same transaction (indexed after the commit, or written to the
 * outbox with the rows when instances share an index), and one audit entry per case written in bulk. A crash before
 * the commit loses the batch, which was not acknowledged; after it, the index catches up from the database.
 *
 * <p>Hibernate's StatelessSession would spare the column list, but Hibernate Search refuses to take part in a
 * stateless session's inserts; {@code BulkImportTest} compares an imported case with a hand-filed one field by
 * field, so a column added to the entity and forgotten here fails there.
 */
@Component
class ComplaintBulkWriter {

    private static final String INSERT = """
            insert into complaint (id, version, case_number, external_id, received_at, channel, consumer_name,
              consumer_phone, consumer_email, province, city, merchant_id, platform_code, order_number, platform_ticket,
              purchase_date, amount_paid, amount_claimed, payment_method, category, narrative, status, assignee,
              accept_due_on, accepted_on, referred_on, platform_reply_due_on, mediation_due_on, concluded_on,
              deadline_on, deadline_missed, status_reason, escalation_target, consent_share_given, consent_share_on,
              consent_share_channel, consent_publish_given, consent_publish_on, consent_publish_channel,
              notify_by_sms, notify_by_email, merged_into_id, received_month, consumer_key, resolution_days, created_at,
              created_by)
            values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
              ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?)""";

    private final EntityManager entityManager;
    private final AuditService audit;

    ComplaintBulkWriter(EntityManager entityManager, AuditService audit) {
        this.entityManager = entityManager;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(List<Complaint> cases, List<ComplaintDraft> drafts) {
        if (cases.isEmpty()) {
            return;
        }
        SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
        IdentifierGenerator ids = (IdentifierGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(Complaint.class).getGenerator();
        cases.forEach(complaint -> complaint.assignId(((Number) ids.generate(session, complaint)).longValue()));
        // Merchants first seen in this batch are still only in the persistence context; the rows refer to them.
        entityManager.flush();
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Complaint complaint : cases) {
                    bind(insert, complaint);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        cases.forEach(plan::addOrUpdate);
        audit.recordEach(AuditSubject.COMPLAINT, AuditAction.CREATED, IntStream.range(0, cases.size())
                .mapToObj(i -> new AuditService.Subject(cases.get(i).getId(), cases.get(i).getCaseNumber(),
                        ComplaintService.filedThrough(drafts.get(i))))
                .toList());
    }

    private static void bind(PreparedStatement insert, Complaint c) throws SQLException {
        ConsumerDetails consumer = c.getConsumer();
        CaseDeadlines deadlines = c.getDeadlines();
        Object[] values = {c.getId(), c.getCaseNumber(), c.getExternalId(), c.getReceivedAt(), c.getChannel(),
                consumer.name(), consumer.phone(), consumer.email(), consumer.province(), consumer.city(),
                c.getMerchant().getId(), c.getPlatform().getCode(), c.getOrderNumber(), c.getPlatformTicket(),
                c.getPurchaseDate(), c.getAmountPaid(), c.getAmountClaimed(), c.getPaymentMethod(), c.getCategory(),
                c.getNarrative(), c.getStatus(), c.getAssignee(), deadlines.getAcceptDueOn(),
                deadlines.getAcceptedOn(), deadlines.getReferredOn(), deadlines.getPlatformReplyDueOn(),
                deadlines.getMediationDueOn(), deadlines.getConcludedOn(), deadlines.getDeadlineOn(),
                deadlines.isDeadlineMissed(), c.getStatusReason(), c.getEscalationTarget(),
                c.getShareConsent().given(), c.getShareConsent().recordedOn(), c.getShareConsent().channel(),
                c.getPublicationConsent().given(), c.getPublicationConsent().recordedOn(),
                c.getPublicationConsent().channel(), c.isNotifyBySms(), c.isNotifyByEmail(), c.getReceivedMonth(),
                c.getConsumerKey(), c.getResolutionDays(),
                OffsetDateTime.ofInstant(c.getCreatedAt(), ZoneOffset.UTC), c.getCreatedBy()};
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            switch (value) {
                case null -> insert.setNull(i + 1, Types.NULL);
                case LocalDate date -> insert.setDate(i + 1, Date.valueOf(date));
                case Enum<?> constant -> insert.setString(i + 1, constant.name());
                default -> insert.setObject(i + 1, value);
            }
        }
    }
}
