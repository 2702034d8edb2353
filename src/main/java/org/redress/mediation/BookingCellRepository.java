package org.redress.mediation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BookingCellRepository extends JpaRepository<BookingCell, Long> {

    @Query("""
            select distinct new org.redress.mediation.TakenCell(c.resource, c.sessionId) from BookingCell c
            where c.resource in :resources and c.cellStart >= :from and c.cellStart < :to""")
    List<TakenCell> taken(Collection<String> resources, Instant from, Instant to);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from BookingCell c where c.sessionId = :sessionId")
    void releaseAll(long sessionId);
}
