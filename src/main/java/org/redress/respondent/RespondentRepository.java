package org.redress.respondent;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RespondentRepository extends JpaRepository<Respondent, Long> {

    @Query("select r from Respondent r join r.merchantIds m where r.kind = 'MERCHANT' and m = ?1")
    Optional<Respondent> forMerchant(Long merchantId);

    List<Respondent> findByKindAndPlatformCode(RespondentKind kind, String platformCode);
}
