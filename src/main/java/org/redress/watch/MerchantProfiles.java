package org.redress.watch;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redress.base.Roles;
import org.redress.complaint.Complaint;
import org.redress.complaint.ComplaintStatus;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Merchants as case workers look them up: found by name, alias or shop id, with their complaint totals. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_WORKERS)
public class MerchantProfiles {

    private final MerchantService merchants;
    private final EntityManager entityManager;

    MerchantProfiles(MerchantService merchants, EntityManager entityManager) {
        this.merchants = merchants;
        this.entityManager = entityManager;
    }

    /** Merchants matching the text, best match first; with no text, those with the most complaints first. */
    public List<MerchantWithCount> search(String text, int limit) {
        if (text == null || text.isBlank()) {
            return mostComplainedAbout(limit);
        }
        List<MerchantSummary> found = merchants.searchIndex(text, limit);
        Map<Long, Long> counts = countsFor(found.stream().map(MerchantSummary::id).toList());
        return found.stream().map(m -> MerchantWithCount.of(m, counts.getOrDefault(m.id(), 0L))).toList();
    }

    private List<MerchantWithCount> mostComplainedAbout(int limit) {
        return entityManager.createQuery("""
                        select m.id, m.name, m.platform.code, m.shopId, count(c) from Complaint c join c.merchant m
                        where m.mergedIntoId is null
                        group by m.id, m.name, m.platform.code, m.shopId order by count(c) desc, m.name""",
                        Object[].class)
                .setMaxResults(Math.max(1, Math.min(200, limit))).getResultList().stream()
                .map(row -> new MerchantWithCount((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                        ((Number) row[4]).longValue()))
                .toList();
    }

    private Map<Long, Long> countsFor(List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        entityManager.createQuery("select c.merchant.id, count(c) from Complaint c where c.merchant.id in :ids"
                        + " group by c.merchant.id", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    public Optional<MerchantProfile> profile(Long merchantId) {
        return merchants.details(merchantId).map(details -> {
            Object[] totals = entityManager.createQuery("""
                    select count(c), count(distinct coalesce(c.consumer.phone, c.consumer.email)),
                           coalesce(sum(c.amountClaimed), 0),
                           sum(case when c.status in :open then 1 else 0 end)
                    from Complaint c where c.merchant.id = :id""", Object[].class)
                    .setParameter("id", merchantId).setParameter("open", ComplaintStatus.open()).getSingleResult();
            long complaints = ((Number) totals[0]).longValue();
            long open = totals[3] == null ? 0 : ((Number) totals[3]).longValue();
            List<MerchantProfile.MonthCount> perMonth = entityManager.createQuery("""
                    select year(c.receivedAt), month(c.receivedAt), count(c) from Complaint c
                    where c.merchant.id = :id group by year(c.receivedAt), month(c.receivedAt)
                    order by year(c.receivedAt), month(c.receivedAt)""", Object[].class)
                    .setParameter("id", merchantId).getResultList().stream()
                    .map(row -> new MerchantProfile.MonthCount("%d-%02d".formatted(((Number) row[0]).intValue(),
                            ((Number) row[1]).intValue()), ((Number) row[2]).longValue()))
                    .toList();
            return new MerchantProfile(details, complaints, ((Number) totals[1]).longValue(),
                    (BigDecimal) totals[2], open, complaints - open, perMonth, groupCount("c.category", merchantId),
                    groupCount("c.paymentMethod", merchantId));
        });
    }

    private Map<String, Long> groupCount(String expression, Long merchantId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        entityManager.createQuery("select " + expression + ", count(c) from Complaint c where c.merchant.id = :id"
                        + " group by " + expression + " order by count(c) desc", Object[].class)
                .setParameter("id", merchantId).getResultList()
                .forEach(row -> counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue()));
        return counts;
    }
}
