package org.redress.merchant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MerchantRepository extends JpaRepository<Merchant, Long> {

    Optional<Merchant> findFirstByPlatformCodeAndShopId(String platformCode, String shopId);

    Optional<Merchant> findFirstByPlatformCodeAndName(String platformCode, String name);

    Optional<Merchant> findFirstByPlatformCodeAndNameKeyOrderById(String platformCode, String nameKey);

    Optional<Merchant> findFirstByName(String name);

    List<Merchant> findByPlatformCodeInAndShopIdIn(Collection<String> platformCodes, Collection<String> shopIds);

    List<Merchant> findByPlatformCodeInAndNameIn(Collection<String> platformCodes, Collection<String> names);

    @Query("""
            select distinct m from Merchant m left join m.aliases a
            where m.mergedIntoId is null and (lower(m.name) like lower(concat('%', :text, '%'))
               or lower(a) like lower(concat('%', :text, '%'))
               or lower(m.shopId) like lower(concat('%', :text, '%')))
            order by m.name""")
    List<Merchant> findByText(@Param("text") String text, Pageable pageable);
}
