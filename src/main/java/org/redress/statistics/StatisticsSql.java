package org.redress.statistics;

import java.util.ArrayList;
import java.util.List;

/** The WHERE clause of a statistics query for a filter, with its parameters in order. */
record StatisticsSql(String where, List<Object> parameters) {

    static StatisticsSql of(StatisticsFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        add(where, parameters, "c.received_at >= ?", filter.from());
        add(where, parameters, "c.received_at <= ?", filter.to());
        add(where, parameters, "c.platform_code = ?", filter.platform());
        add(where, parameters, "c.category = ?", filter.category() == null ? null : filter.category().name());
        add(where, parameters, "c.payment_method = ?",
                filter.paymentMethod() == null ? null : filter.paymentMethod().name());
        add(where, parameters, "c.province = ?", filter.province());
        add(where, parameters, "c.merchant_id = ?", filter.merchantId());
        add(where, parameters, "c.status = ?", filter.status() == null ? null : filter.status().name());
        return new StatisticsSql(where.toString(), List.copyOf(parameters));
    }

    private static void add(StringBuilder where, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.add(value);
        }
    }
}
