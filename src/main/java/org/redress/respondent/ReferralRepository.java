package org.redress.respondent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, Long> {

    List<Referral> findByComplaintIdOrderByIdDesc(Long complaintId);

    @Query("select r from Referral r where r.respondentId = ?1 and r.status in ?2 order by r.dueOn, r.id")
    List<Referral> ofRespondent(Long respondentId, Collection<ReferralStatus> statuses);

    @Query("select r from Referral r where r.status in ?1 order by r.dueOn, r.id")
    List<Referral> withStatus(Collection<ReferralStatus> statuses);

    @Query("select r from Referral r where r.status = 'OPEN' and r.dueOn < ?1")
    List<Referral> openDueBefore(LocalDate day);
}
