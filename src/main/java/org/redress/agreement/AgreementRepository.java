package org.redress.agreement;

import java.time.LocalDate;
import java.util.List;
import org.redress.base.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

    default Agreement require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("error.agreement.noAgreement", id));
    }


    @Query("select distinct a from Agreement a join a.obligations o where a.status = 'BINDING'"
            + " and o.status = 'PENDING' and o.dueDate < ?1")
    List<Agreement> withPendingDueBefore(LocalDate day);

    @Query("select distinct a from Agreement a join a.instalments i where a.status = 'BINDING'"
            + " and i.dueDate < ?1 and i.paid < i.amount")
    List<Agreement> withOpenInstalmentDueBefore(LocalDate day);

    List<Agreement> findByComplaintIdOrderByIdDesc(long complaintId);

    List<Agreement> findByDisputeIdOrderByIdDesc(long disputeId);

    /** Collective agreements that owe a class member, named by case number as creditor. */
    @Query("select distinct a from Agreement a join a.obligations o where a.disputeId is not null"
            + " and o.creditor = ?1 order by a.id desc")
    List<Agreement> owingMember(String caseNumber);

    /** Binding agreements with an obligation overdue or pending and due by {@code until}: the follow-up list. */
    @Query("select distinct a from Agreement a join a.obligations o where a.status = 'BINDING'"
            + " and (o.status = 'OVERDUE' or (o.status = 'PENDING' and o.dueDate <= ?1))")
    List<Agreement> needingFollowUp(LocalDate until);
}
