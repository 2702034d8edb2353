package org.redress.benchmark;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.mapper.orm.Search;
import org.redress.complaint.Complaint;
import org.springframework.context.ApplicationContext;

/** Times each kind of dashboard aggregation alone over the whole index, to see where a dashboard refresh goes. */
final class AggregationCosts {

    private AggregationCosts() {
    }

    private static final AggregationKey<Object> KEY = AggregationKey.of("a");

    @SuppressWarnings("unchecked")
    static void run(ApplicationContext context) {
        EntityManagerFactory factory = context.getBean(EntityManagerFactory.class);
        Map<String, Function<SearchAggregationFactory, AggregationFinalStep<?>>> variants = new LinkedHashMap<>();
        variants.put("hit count only", null);
        variants.put("terms platform, counts",
                f -> f.terms().field("platform.code", String.class, ValueModel.INDEX));
        variants.put("terms platform + count distinct consumers",
                f -> f.terms().field("platform.code", String.class, ValueModel.INDEX)
                        .value(f.countDistinct().field("consumerHash")));
        variants.put("terms platform + 2 sums",
                f -> f.terms().field("platform.code", String.class, ValueModel.INDEX)
                        .value(f.composite(f.sum().field("amountPaid", BigDecimal.class),
                                f.sum().field("amountClaimed", BigDecimal.class))));
        variants.put("terms merchant (200) + distinct + sums",
                f -> f.terms().field("merchant.id", Long.class).value(f.composite(f.count().documents(),
                        f.countDistinct().field("consumerHash"), f.sum().field("amountPaid", BigDecimal.class),
                        f.sum().field("amountClaimed", BigDecimal.class))).maxTermCount(200));
        variants.put("terms month|category + distinct",
                f -> f.terms().field("monthCategory", String.class).value(f.composite(f.count().documents(),
                        f.countDistinct().field("consumerHash"))).maxTermCount(10_000));
        variants.put("count distinct consumers (total)", f -> f.countDistinct().field("consumerHash"));
        variants.put("terms resolution days",
                f -> f.terms().field("resolutionDays", Integer.class).maxTermCount(100_000));
        System.out.printf("%n| aggregation alone | p50 ms |%n|---|---|%n");
        for (var variant : variants.entrySet()) {
            double[] times = new double[7];
            for (int i = 0; i < times.length; i++) {
                EntityManager em = factory.createEntityManager();
                try {
                    long start = System.nanoTime();
                    var step = Search.session(em).search(Complaint.class).where(f -> f.matchAll());
                    var aggregation = variant.getValue();
                    if (aggregation != null) {
                        step = step.aggregation(KEY, f -> (AggregationFinalStep<Object>) aggregation.apply(f));
                    }
                    step.fetch(0);
                    times[i] = (System.nanoTime() - start) / 1e6;
                } finally {
                    em.close();
                }
            }
            Arrays.sort(times);
            System.out.printf("| %s | %.0f |%n", variant.getKey(), times[3]);
        }
    }
}
