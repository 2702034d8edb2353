package org.redress.agreement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementPaymentRepository extends JpaRepository<AgreementPayment, Long> {

    @Query("select p.reference from AgreementPayment p where p.agreementId = ?1 and p.reference in ?2")
    List<String> knownReferences(Long agreementId, Collection<String> references);
}
