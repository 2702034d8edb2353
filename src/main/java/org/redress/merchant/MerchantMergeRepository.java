package org.redress.merchant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MerchantMergeRepository extends JpaRepository<MerchantMerge, Long> {

    List<MerchantMerge> findBySourceIdOrTargetIdOrderByMergedAtDesc(Long sourceId, Long targetId);
}
