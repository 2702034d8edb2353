package org.redress.dispute;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClassDisputeRepository extends JpaRepository<ClassDispute, Long> {

    @Query("select d from ClassDispute d order by d.createdAt desc")
    List<ClassDispute> newestFirst();

    @Query("select d from ClassDispute d where d.merchant.id = ?1 and d.status in ?2")
    List<ClassDispute> byMerchantAndStatus(Long merchantId, Collection<DisputeStatus> statuses);
}
