package org.redress.consumernotice;

import java.time.Instant;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * A try is claimed under a row lock, so that two portal instances polling the same table never both send a notice
 * (a conditional update alone is not enough: H2 does not re-read the condition after waiting for the lock).
 */
interface ConsumerNoticeRepository extends JpaRepository<ConsumerNotice, Long> {

    @Query("""
            select n.id from ConsumerNotice n where n.status = ?1 and n.nextAttemptAt <= ?2
            order by n.nextAttemptAt, n.id""")
    List<Long> due(NoticeStatus pending, Instant now, Limit limit);

    List<ConsumerNotice> findByComplaintIdOrderByIdDesc(Long complaintId);

    List<ConsumerNotice> findByStatusOrderByIdDesc(NoticeStatus status, Limit limit);

    /** The notice, locked until the transaction ends: a second poller waits, then sees the claim. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from ConsumerNotice n where n.id = ?1")
    Optional<ConsumerNotice> lockById(Long id);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update ConsumerNotice n set n.status = org.redress.consumernotice.NoticeStatus.SENT, n.sentAt = ?2,
            n.nextAttemptAt = null, n.lastError = null where n.id = ?1""")
    int sent(Long id, Instant at);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ConsumerNotice n set n.nextAttemptAt = ?2, n.lastError = ?3 where n.id = ?1")
    int later(Long id, Instant at, String error);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update ConsumerNotice n set n.status = org.redress.consumernotice.NoticeStatus.FAILED,
            n.nextAttemptAt = null, n.lastError = ?2 where n.id = ?1""")
    int failed(Long id, String error);

    /** A failed notice back in the queue, to the consumer's address as it is now, its tries counted afresh. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update ConsumerNotice n set n.status = org.redress.consumernotice.NoticeStatus.PENDING, n.attempts = 0,
            n.nextAttemptAt = ?2, n.recipient = ?3
            where n.id = ?1 and n.status = org.redress.consumernotice.NoticeStatus.FAILED""")
    int again(Long id, Instant now, String recipient);
}
