package org.redress.statistics;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;
import org.redress.complaint.Category;
import org.redress.complaint.Complaint;
import org.redress.complaint.ComplaintIndex;
import org.redress.complaint.PaymentMethod;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard in one search request: every figure is an aggregation of the complaint index (terms with counts,
 * distinct consumers and sums per bucket), so nothing is loaded into memory and the same code runs on Lucene and
 * Elasticsearch.
 */
@Component
class DashboardQueries {

    static final int MERCHANT_CANDIDATES = 200;
    static final int TOP_MERCHANTS = 20;
    // Resolved within 0-7, 8-15, 16-30, 31-60, 61-90 and over 90 days (lower bound included, upper excluded).
    private static final List<Range<Integer>> RESOLUTION_RANGES = List.of(Range.canonical(0, 8),
            Range.canonical(8, 16), Range.canonical(16, 31), Range.canonical(31, 61), Range.canonical(61, 91),
            Range.atLeast(91));

    private final EntityManager entityManager;

    private final EntityManagerFactory entityManagerFactory;
    // A second search runs beside the first: terms aggregations cost about the same per document each, so two
    // requests over half the aggregations each halve the wait on a two-core machine.
    private final ExecutorService second = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("dashboard-", 1).daemon().factory());

    DashboardQueries(EntityManager entityManager, EntityManagerFactory entityManagerFactory) {
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
    }

    @PreDestroy
    void stop() {
        second.shutdownNow();
    }

    private record Measures(long complaints, long consumers, BigDecimal paid, BigDecimal claimed) {
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(StatisticsFilter filter, int minConsumers) {
        var totalKey = AggregationKey.<List<?>>of("total");
        var days = AggregationKey.<Map<Integer, Long>>of("days");
        var buckets = AggregationKey.<Map<Range<Integer>, List<?>>>of("buckets");
        var platform = groupKey("platform");
        var province = groupKey("province");
        var payment = groupKey("payment");
        var merchant = AggregationKey.<Map<Long, List<?>>>of("merchant");
        var monthly = AggregationKey.<Map<String, List<?>>>of("monthly");
        Future<SearchResult<Complaint>> groups = second.submit(() -> {
            EntityManager own = entityManagerFactory.createEntityManager();
            try {
                return Search.session(own).search(Complaint.class)
                        .where(f -> where(f, filter))
                        .aggregation(platform, f -> group(f, ComplaintIndex.PLATFORM, 100))
                        .aggregation(province, f -> group(f, ComplaintIndex.PROVINCE, 100))
                        .aggregation(payment, f -> group(f, ComplaintIndex.PAYMENT_METHOD, 100))
                        .fetch(0);
            } finally {
                own.close();
            }
        });
        var step = Search.session(entityManager).search(Complaint.class)
                .where(f -> where(f, filter))
                .aggregation(totalKey, f -> measures(f))
                .aggregation(days, f -> f.terms().field(ComplaintIndex.RESOLUTION_DAYS, Integer.class).maxTermCount(100_000))
                .aggregation(buckets, f -> f.range().field(ComplaintIndex.RESOLUTION_DAYS, Integer.class)
                        .ranges(RESOLUTION_RANGES)
                        .value(f.composite(f.count().documents(), f.countDistinct().field(ComplaintIndex.CONSUMER_HASH))))
                .aggregation(merchant, f -> f.terms().field(ComplaintIndex.MERCHANT_ID, Long.class)
                        .value(measures(f)).maxTermCount(MERCHANT_CANDIDATES));
        step.aggregation(monthly, f -> f.terms().field(ComplaintIndex.MONTH_CATEGORY, String.class)
                .value(f.composite(f.count().documents(), f.countDistinct().field(ComplaintIndex.CONSUMER_HASH)))
                .maxTermCount(10_000));
        SearchResult<Complaint> result = step.fetch(0);
        SearchResult<Complaint> groupResult = await(groups);

        Measures total = toMeasures(result.aggregation(totalKey));
        if (total.consumers() < minConsumers) {
            // So few consumers that even the totals could point at someone: withhold everything.
            return Dashboard.withheld(filter, minConsumers);
        }
        Map<Integer, Long> dayCounts = result.aggregation(days);
        long resolved = dayCounts.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Measures> byPayment = measuresOf(groupResult.aggregation(payment));
        Measures payLater = byPayment.get(PaymentMethod.BUY_NOW_PAY_LATER.name());
        Headline headline = new Headline(total.complaints(), total.consumers(), total.paid(), total.claimed(),
                resolved, median(dayCounts), payLater == null ? 0 : payLater.complaints());

        int[] suppressed = {0};
        Protection protection = new Protection(total, minConsumers, suppressed);
        List<GroupFigures> merchants = protection.apply(measuresOf(result.aggregation(merchant)));
        if (merchants.size() > TOP_MERCHANTS) {
            // Keep the top 20 and fold the rest into "other" again, so the figures still add up to the total.
            merchants = protection.apply(merchants.stream().filter(g -> !g.key().equals(SmallCells.OTHER))
                    .limit(TOP_MERCHANTS).collect(LinkedHashMap<String, Measures>::new,
                            (map, g) -> map.put(g.key(), new Measures(g.complaints(), g.consumers(),
                                    g.amountPaid(), g.amountClaimed())), Map::putAll), false);
        }
        return new Dashboard(filter, minConsumers, headline,
                monthly(result.aggregation(monthly), minConsumers, suppressed),
                protection.apply(measuresOf(groupResult.aggregation(platform))),
                protection.apply(measuresOf(groupResult.aggregation(province))),
                protection.apply(byPayment),
                merchants, buckets(result.aggregation(buckets), minConsumers, suppressed), suppressed[0], false,
                AgreementFigures.none());
    }

    /**
     * Folds groups below k into "other" = total minus the groups shown. The index cannot count distinct consumers
     * over such a remainder, but it has at least (consumers in all) minus (consumers of the groups shown) of them: the
     * row is published only when that lower bound reaches k.
     */
    private record Protection(Measures total, int minConsumers, int[] suppressed) {

        List<GroupFigures> apply(Map<String, Measures> groups) {
            return apply(groups, true);
        }

        List<GroupFigures> apply(Map<String, Measures> groups, boolean count) {
            List<GroupFigures> kept = new ArrayList<>();
            long complaints = total.complaints();
            long consumersAtLeast = total.consumers();
            BigDecimal paid = total.paid();
            BigDecimal claimed = total.claimed();
            for (var entry : groups.entrySet()) {
                Measures m = entry.getValue();
                if (m.consumers() >= minConsumers) {
                    kept.add(new GroupFigures(entry.getKey(), null, m.complaints(), m.consumers(), m.paid(), m.claimed()));
                    complaints -= m.complaints();
                    consumersAtLeast -= m.consumers();
                    paid = paid.subtract(m.paid());
                    claimed = claimed.subtract(m.claimed());
                } else if (count) {
                    suppressed[0]++;
                }
            }
            kept.sort(Comparator.comparingLong(GroupFigures::complaints).reversed());
            if (complaints > 0 && consumersAtLeast >= minConsumers) {
                kept.add(new GroupFigures(SmallCells.OTHER, null, complaints, null, paid, claimed));
            }
            return kept;
        }
    }

    private static MonthlySeries monthly(Map<String, List<?>> cells, int minConsumers, int[] suppressed) {
        TreeSet<String> months = new TreeSet<>();
        Map<String, Map<String, List<?>>> byCategory = new TreeMap<>();
        cells.forEach((key, value) -> {
            int bar = key.indexOf('|');
            String month = key.substring(0, bar);
            months.add(month);
            byCategory.computeIfAbsent(key.substring(bar + 1), c -> new TreeMap<>()).put(month, value);
        });
        Map<String, List<Long>> series = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            Map<String, List<?>> perMonth = byCategory.getOrDefault(category.name(), Map.of());
            List<Long> values = new ArrayList<>();
            boolean any = false;
            for (String month : months) {
                List<?> cell = perMonth.get(month);
                long complaints = cell == null ? 0 : (Long) cell.get(0);
                long consumers = cell == null ? 0 : (Long) cell.get(1);
                if (complaints > 0 && consumers < minConsumers) {
                    suppressed[0]++;
                    values.add(null);
                } else {
                    values.add(complaints);
                    any |= complaints > 0;
                }
            }
            if (any) {
                series.put(category.name(), values);
            }
        }
        // No "other" series: a month's small cells cannot be shown to hold k distinct consumers between them (the
        // index counts distinct consumers per cell, and one person may complain in several categories).
        return new MonthlySeries(List.copyOf(months), series);
    }

    private static SearchResult<Complaint> await(Future<SearchResult<Complaint>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while computing the dashboard", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    static Double median(Map<Integer, Long> dayCounts) {
        long n = dayCounts.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        TreeMap<Integer, Long> sorted = new TreeMap<>(dayCounts);
        // The median is the mean of the values at 1-based ranks floor((n+1)/2) and ceil((n+1)/2).
        long lowRank = (n + 1) / 2;
        long highRank = (n + 2) / 2;
        Integer low = null;
        Integer high = null;
        long seen = 0;
        for (var entry : sorted.entrySet()) {
            seen += entry.getValue();
            if (low == null && seen >= lowRank) {
                low = entry.getKey();
            }
            if (seen >= highRank) {
                high = entry.getKey();
                break;
            }
        }
        return (low + high) / 2.0;
    }

    /** Resolved cases by time taken; a bucket with fewer than k consumers is withheld (null). */
    private static List<ResolutionBucket> buckets(Map<Range<Integer>, List<?>> ranges, int minConsumers,
                                                  int[] suppressed) {
        List<ResolutionBucket> buckets = new ArrayList<>();
        for (Range<Integer> range : RESOLUTION_RANGES) {
            List<?> cell = ranges.get(range);
            long complaints = cell == null ? 0 : (Long) cell.get(0);
            long consumers = cell == null ? 0 : (Long) cell.get(1);
            boolean withheld = complaints > 0 && consumers < minConsumers;
            suppressed[0] += withheld ? 1 : 0;
            Integer upper = range.upperBoundValue().map(u -> u - 1).orElse(null);
            buckets.add(new ResolutionBucket(range.lowerBoundValue().orElse(0), upper,
                    withheld ? null : complaints));
        }
        return buckets;
    }

    private static AggregationKey<Map<String, List<?>>> groupKey(String name) {
        return AggregationKey.of(name);
    }

    private static AggregationFinalStep<Map<String, List<?>>> group(SearchAggregationFactory f, String field,
                                                                    int max) {
        return f.terms().field(field, String.class, ValueModel.INDEX).value(measures(f)).maxTermCount(max);
    }

    private static AggregationFinalStep<List<?>> measures(SearchAggregationFactory f) {
        return f.composite(f.count().documents(), f.countDistinct().field(ComplaintIndex.CONSUMER_HASH),
                f.sum().field(ComplaintIndex.AMOUNT_PAID, BigDecimal.class), f.sum().field(ComplaintIndex.AMOUNT_CLAIMED, BigDecimal.class));
    }

    private static Map<String, Measures> measuresOf(Map<?, List<?>> buckets) {
        Map<String, Measures> measures = new LinkedHashMap<>();
        buckets.forEach((key, values) -> measures.put(String.valueOf(key), toMeasures(values)));
        return measures;
    }

    private static Measures toMeasures(List<?> values) {
        return new Measures((Long) values.get(0), (Long) values.get(1), amount(values.get(2)), amount(values.get(3)));
    }

    private static BigDecimal amount(Object value) {
        return value == null ? BigDecimal.ZERO : ((BigDecimal) value).setScale(2, RoundingMode.HALF_UP);
    }

    private static PredicateFinalStep where(SearchPredicateFactory f, StatisticsFilter filter) {
        var root = f.bool().must(f.matchAll());
        if (filter.from() != null || filter.to() != null) {
            root.filter(f.range().field(ComplaintIndex.RECEIVED_AT).between(filter.from(), filter.to()));
        }
        if (filter.platform() != null) {
            root.filter(f.match().field(ComplaintIndex.PLATFORM).matching(filter.platform()));
        }
        if (filter.category() != null) {
            root.filter(f.match().field(ComplaintIndex.CATEGORY).matching(filter.category()));
        }
        if (filter.paymentMethod() != null) {
            root.filter(f.match().field(ComplaintIndex.PAYMENT_METHOD).matching(filter.paymentMethod()));
        }
        if (filter.province() != null) {
            root.filter(f.match().field(ComplaintIndex.PROVINCE).matching(filter.province()));
        }
        if (filter.merchantId() != null) {
            root.filter(f.match().field(ComplaintIndex.MERCHANT_ID).matching(filter.merchantId()));
        }
        if (filter.status() != null) {
            root.filter(f.match().field(ComplaintIndex.STATUS).matching(filter.status()));
        }
        return root;
    }
}
