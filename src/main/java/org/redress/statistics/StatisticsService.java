package org.redress.statistics;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.redress.complaint.ComplaintStatus;
import org.redress.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates computed in the database (GROUP BY), never by loading complaints. The queries select no personal
 * field, so what they return is safe to show regulators.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.AGGREGATE_READERS)
public class StatisticsService {

    private final EntityManager entityManager;
    private final Clock clock;

    StatisticsService(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Overview overview() {
        long total = count("select count(c) from Complaint c");
        long open = entityManager.createQuery("select count(c) from Complaint c where c.status in :open", Long.class)
                .setParameter("open", ComplaintStatus.open()).getSingleResult();
        long overdue = entityManager.createQuery("select count(c) from Complaint c where c.deadlineOn < :today",
                Long.class).setParameter("today", LocalDate.now(clock)).getSingleResult();
        long missed = count("select count(c) from Complaint c where c.deadlineMissed = true");
        return new Overview(total, open, overdue, missed, groupBy("c.status"), groupBy("c.platform.code"),
                groupBy("c.category"), groupBy("c.paymentMethod"));
    }

    private long count(String jpql) {
        return entityManager.createQuery(jpql, Long.class).getSingleResult();
    }

    private List<CountByKey> groupBy(String expression) {
        List<Object[]> rows = entityManager.createQuery("select " + expression + ", count(c), sum(c.amountClaimed)"
                + " from Complaint c group by " + expression + " order by count(c) desc", Object[].class).getResultList();
        return rows.stream().map(row -> new CountByKey(String.valueOf(row[0]), ((Number) row[1]).longValue(),
                row[2] == null ? BigDecimal.ZERO : (BigDecimal) row[2])).toList();
    }
}
