package org.redress.respondent;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralResponseRepository extends JpaRepository<ReferralResponse, Long> {

    List<ReferralResponse> findByReferralIdOrderById(Long referralId);

    List<ReferralResponse> findByReferralIdInOrderById(Collection<Long> referralIds);
}
