package org.redress.complaint;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/**
 * Issues human-friendly case numbers such as RC-2026-000123 from a database sequence, so that numbers stay unique
 * across several portal instances and never repeat after a failed insert. The sequence advances in blocks of
 * {@value #BLOCK} (its INCREMENT BY) so that a bulk import does not ask the database for every single number.
 */
@Component
class CaseNumbers {

    static final int BLOCK = 50;

    private final EntityManager entityManager;
    private final String nextValueSql;
    private long next;
    private long limit;

    CaseNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.nextValueSql = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString("case_number_seq");
    }

    synchronized String next(LocalDate receivedAt) {
        if (next >= limit) {
            next = ((Number) entityManager.createNativeQuery(nextValueSql).getSingleResult()).longValue();
            limit = next + BLOCK;
        }
        return "RC-%d-%06d".formatted(receivedAt.getYear(), next++);
    }
}
