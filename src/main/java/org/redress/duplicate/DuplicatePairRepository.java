package org.redress.duplicate;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DuplicatePairRepository extends JpaRepository<DuplicatePair, Long> {

    Optional<DuplicatePair> findByFirstIdAndSecondId(long firstId, long secondId);

    @Query("select p from DuplicatePair p where p.status = 'OPEN' order by p.score desc, p.id")
    List<DuplicatePair> open(Pageable page);

    @Query("select count(p) from DuplicatePair p where p.status = 'OPEN'")
    long countOpen();

    @Query("select p from DuplicatePair p where p.firstId in ?1 or p.secondId in ?1")
    List<DuplicatePair> involving(Collection<Long> complaintIds);

    @Modifying
    @Query("delete from DuplicatePair p where p.status = 'OPEN'")
    int deleteOpen();
}
