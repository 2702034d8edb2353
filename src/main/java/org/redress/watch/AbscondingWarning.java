package org.redress.watch;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.base.Roles;
import org.redress.complaint.Category;
import org.redress.complaint.Complaint;
import org.redress.complaint.PaymentMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The early warning for merchants about to vanish (商家跑路). A merchant is at risk when
 * <ul>
 * <li>SURGE: it received at least {@value #MIN_SURGE} complaints in the last 7 days and at least
 * {@value #SURGE_FACTOR} times its average week over the 8 weeks before (an average below one counts as one); or</li>
 * <li>PAY_LATER_NON_DELIVERY: at least {@value #MIN_PAY_LATER} complaints in the last 30 days say the goods never
 * came or the merchant vanished, paid with use-first-pay-later: the seed story's pattern.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_WORKERS)
public class AbscondingWarning {

    static final int MIN_SURGE = 5;
    static final int SURGE_FACTOR = 3;
    static final int MIN_PAY_LATER = 5;
    static final int BASELINE_WEEKS = 8;

    private final EntityManager entityManager;
    private final Clock clock;

    AbscondingWarning(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public List<MerchantRisk> merchantsAtRisk() {
        LocalDate today = LocalDate.now(clock);
        LocalDate weekStart = today.minusDays(6);
        LocalDate baselineStart = weekStart.minusWeeks(BASELINE_WEEKS);
        Map<Long, long[]> weeks = new HashMap<>();
        Map<Long, String[]> names = new HashMap<>();
        entityManager.createQuery("""
                select c.merchant.id, c.merchant.name, c.platform.code,
                       sum(case when c.receivedAt >= :weekStart then 1 else 0 end),
                       sum(case when c.receivedAt < :weekStart then 1 else 0 end)
                from Complaint c where c.receivedAt >= :baselineStart and c.receivedAt <= :today
                group by c.merchant.id, c.merchant.name, c.platform.code""", Object[].class)
                .setParameter("weekStart", weekStart).setParameter("baselineStart", baselineStart)
                .setParameter("today", today).getResultList()
                .forEach(row -> {
                    long[] counts = weeks.computeIfAbsent((Long) row[0], id -> new long[2]);
                    counts[0] += ((Number) row[3]).longValue();
                    counts[1] += ((Number) row[4]).longValue();
                    names.putIfAbsent((Long) row[0], new String[]{(String) row[1], (String) row[2]});
                });
        Map<Long, Long> payLater = new HashMap<>();
        entityManager.createQuery("""
                select c.merchant.id, c.merchant.name, c.platform.code, count(c) from Complaint c
                where c.receivedAt >= :since and c.receivedAt <= :today and c.paymentMethod = :payLater
                  and c.category in :undelivered
                group by c.merchant.id, c.merchant.name, c.platform.code""", Object[].class)
                .setParameter("since", today.minusDays(29)).setParameter("today", today)
                .setParameter("payLater", PaymentMethod.BUY_NOW_PAY_LATER)
                .setParameter("undelivered", Set.of(Category.NOT_DELIVERED, Category.MERCHANT_ABSCONDED))
                .getResultList()
                .forEach(row -> {
                    payLater.merge((Long) row[0], ((Number) row[3]).longValue(), Long::sum);
                    names.putIfAbsent((Long) row[0], new String[]{(String) row[1], (String) row[2]});
                });
        Set<Long> candidates = new HashSet<>(weeks.keySet());
        candidates.addAll(payLater.keySet());
        List<MerchantRisk> risks = new ArrayList<>();
        for (Long id : candidates) {
            long[] counts = weeks.getOrDefault(id, new long[2]);
            double baseline = counts[1] / (double) BASELINE_WEEKS;
            long undelivered = payLater.getOrDefault(id, 0L);
            List<MerchantRisk.Reason> reasons = new ArrayList<>();
            if (counts[0] >= MIN_SURGE && counts[0] >= SURGE_FACTOR * Math.max(1.0, baseline)) {
                reasons.add(MerchantRisk.Reason.SURGE);
            }
            if (undelivered >= MIN_PAY_LATER) {
                reasons.add(MerchantRisk.Reason.PAY_LATER_NON_DELIVERY);
            }
            if (!reasons.isEmpty()) {
                String[] name = names.get(id);
                risks.add(new MerchantRisk(id, name[0], name[1], counts[0], Math.round(baseline * 10) / 10.0,
                        undelivered, reasons));
            }
        }
        risks.sort(Comparator.comparingLong(MerchantRisk::lastWeek).reversed()
                .thenComparing(Comparator.comparingLong(MerchantRisk::payLaterUndelivered).reversed()));
        return risks;
    }
}
