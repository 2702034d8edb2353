package org.redress.dispute;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DisputeConsentRepository extends JpaRepository<DisputeConsent, Long> {

    @Query("select c from DisputeConsent c where c.disputeId = ?1 order by c.id")
    List<DisputeConsent> ledger(Long disputeId);
}
