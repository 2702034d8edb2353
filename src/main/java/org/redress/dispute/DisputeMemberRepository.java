package org.redress.dispute;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DisputeMemberRepository extends JpaRepository<DisputeMember, Long> {

    @Query("select count(m) from DisputeMember m where m.dispute.id = ?1")
    long countByDispute(Long disputeId);

    @Query("select m.complaintId from DisputeMember m where m.dispute.id = ?1 order by m.complaintId")
    List<Long> complaintIds(Long disputeId);
}
