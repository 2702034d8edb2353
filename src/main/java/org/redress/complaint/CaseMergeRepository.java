package org.redress.complaint;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseMergeRepository extends JpaRepository<CaseMerge, Long> {

    @Query("select m from CaseMerge m where m.survivor = ?1 and m.undoneAt is null order by m.id desc")
    List<CaseMerge> activeInto(Complaint survivor);

    @Query("select m from CaseMerge m where m.duplicate = ?1 and m.undoneAt is null")
    Optional<CaseMerge> activeOf(Complaint duplicate);
}
