package org.redress.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignatureRepository extends JpaRepository<Signature, Long> {

    List<Signature> findByAgreementIdOrderById(Long agreementId);
}
