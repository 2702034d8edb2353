package org.redress.complaint;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ComplaintRepository extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint> {

    Optional<Complaint> findByCaseNumber(String caseNumber);

    Optional<Complaint> findByExternalId(String externalId);

    List<Complaint> findByMerchantId(Long merchantId);

    List<Complaint> findByCaseNumberIn(Collection<String> caseNumbers);

    /**
     * Locks the rows of the named cases, always in id order, so that two changes touching the same cases (merges
     * in opposite directions) run one after the other instead of each seeing the other's cases unchanged.
     */
    @Query(value = "select id from complaint where case_number in (:numbers) order by id for update",
            nativeQuery = true)
    List<Long> lockInIdOrder(@Param("numbers") Collection<String> numbers);

    @Query("select c.caseNumber from Complaint c where c.externalId in :ids")
    List<String> findCaseNumbersByExternalIds(@Param("ids") Collection<String> ids);

    @Query("select c.externalId from Complaint c where c.externalId in :ids")
    List<String> findExistingExternalIds(@Param("ids") Collection<String> ids);
}
