package org.redress.statistics;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a report can be grouped by. {@code apiName} is the name used in the API's {@code groupBy} parameter and in
 * export headers (a contract with partner systems); {@code sql} the column it groups on.
 */
public enum Dimension {
    // Merchants are grouped by id: two shops may share a name on different platforms.
    MERCHANT("merchant", "c.merchant_name", "c.merchant_id, c.merchant_name"),
    PLATFORM("platform", "c.platform_code", "c.platform_code"),
    CATEGORY("category", "c.category", "c.category"),
    PAYMENT_METHOD("paymentMethod", "c.payment_method", "c.payment_method"),
    PROVINCE("province", "c.province", "c.province"),
    MONTH("month", "c.received_month", "c.received_month"),
    STATUS("status", "c.status", "c.status");

    private final String apiName;
    private final String sql;
    private final String groupSql;

    Dimension(String apiName, String sql, String groupSql) {
        this.apiName = apiName;
        this.sql = sql;
        this.groupSql = groupSql;
    }

    String groupSql() {
        return groupSql;
    }

    public String apiName() {
        return apiName;
    }

    String sql() {
        return sql;
    }

    public static Optional<Dimension> fromApiName(String name) {
        return Arrays.stream(values()).filter(d -> d.apiName.equalsIgnoreCase(name.trim())).findFirst();
    }
}
