package org.redress.mediation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.redress.base.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MediationSessionRepository extends JpaRepository<MediationSession, Long> {

    default MediationSession require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("error.mediation.noSession", id));
    }

    /** Scheduled sessions of the mediator overlapping [from, to). */
    @Query("""
            select s from MediationSession s where s.status = org.redress.mediation.SessionStatus.SCHEDULED
              and s.mediator = :mediator and s.start < :to and s.end > :from order by s.start""")
    List<MediationSession> scheduledOfMediator(String mediator, Instant from, Instant to);

    @Query("""
            select s from MediationSession s where s.status = org.redress.mediation.SessionStatus.SCHEDULED
              and s.roomId = :roomId and s.start < :to and s.end > :from order by s.start""")
    List<MediationSession> scheduledInRoom(long roomId, Instant from, Instant to);

    @Query("""
            select s from MediationSession s where s.status = org.redress.mediation.SessionStatus.SCHEDULED
              and s.start < :to and s.end > :from order by s.start""")
    List<MediationSession> scheduledBetween(Instant from, Instant to);

    @Query("""
            select s from MediationSession s where (:mediator is null or s.mediator = :mediator)
              and s.start < :to and s.end > :from order by s.start""")
    List<MediationSession> between(String mediator, Instant from, Instant to);

    List<MediationSession> findByComplaintIdOrderByStartDesc(long complaintId);

    List<MediationSession> findByDisputeIdOrderByStartDesc(long disputeId);

    List<MediationSession> findByIdIn(Collection<Long> ids);
}
