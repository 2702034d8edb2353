package org.redress.statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SQL behind reports and exports: GROUP BY in the database, and record exports streamed row by row. Unsecured on
 * purpose: callers are {@link StatisticsService} (secured) and export jobs it started for an authorised user.
 * No query here selects a name, phone, e-mail, narrative, order number or evidence.
 */
@Component
class ReportQueries {

    static final int PAGE_SIZE = 5_000;
    /** The complaint module's published read model (Flyway V12); statistics reads no complaint table itself. */
    private static final String FROM = " from complaint_facts c";

    private final JdbcTemplate jdbc;

    ReportQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<ReportRow> group(StatisticsFilter filter, List<Dimension> groupBy) {
        StatisticsSql where = StatisticsSql.of(filter);
        String keys = groupBy.stream().map(Dimension::sql).collect(Collectors.joining(", "));
        String groups = groupBy.stream().map(Dimension::groupSql).collect(Collectors.joining(", "));
        String sql = "select " + (keys.isEmpty() ? "" : keys + ", ")
                + "count(*), count(distinct c.consumer_key),"
                + " sum(case when c.payment_method = 'BUY_NOW_PAY_LATER' then 1 else 0 end),"
                + " coalesce(sum(c.amount_paid), 0), coalesce(sum(c.amount_claimed), 0), count(c.resolution_days),"
                + " percentile_cont(0.5) within group (order by c.resolution_days)"
                + FROM + where.where()
                + (groups.isEmpty() ? "" : " group by " + groups + " order by count(*) desc, " + groups);
        int n = groupBy.size();
        return jdbc.query(sql, (rs, i) -> {
            List<String> values = new ArrayList<>(n);
            for (int k = 1; k <= n; k++) {
                String value = rs.getString(k);
                values.add(value == null ? "" : value);
            }
            Object median = rs.getObject(n + 7);
            return new ReportRow(values, rs.getLong(n + 1), rs.getLong(n + 2), rs.getLong(n + 3),
                    rs.getBigDecimal(n + 4), rs.getBigDecimal(n + 5), rs.getLong(n + 6),
                    median == null ? null : ((Number) median).doubleValue());
        }, where.parameters().toArray());
    }

    /**
     * The "other" row of a report: every complaint in a group with fewer than {@code minConsumers} consumers, its
     * consumers counted once each (one person complaining about six small shops is one consumer, not six).
     */
    @Transactional(readOnly = true)
    public ReportRow other(StatisticsFilter filter, List<Dimension> groupBy, int minConsumers) {
        StatisticsSql where = StatisticsSql.of(filter);
        List<String> columns = groupBy.stream().flatMap(d -> Arrays.stream(d.groupSql().split(",\\s*")))
                .toList();
        String groups = String.join(", ", columns);
        // The small groups are found once and each complaint's group looked up by one key (nulls included): a join
        // on the grouped subquery made H2 re-run the grouping for each of a million complaints. Separator and null
        // mark are control characters, which no stored text may contain (TextRules), so two groups never share a key.
        String key = columns.stream().map(column -> "coalesce(cast(" + column + " as varchar(300)), '\u001e')")
                .collect(Collectors.joining(" || '\u001f' || "));
        // Without groups the whole selection is the one group.
        String small = columns.isEmpty() ? "" : " and " + key + " in (select " + key + FROM + where.where()
                + " group by " + groups + " having count(distinct c.consumer_key) < " + minConsumers + ")";
        String sql = "select count(*), count(distinct c.consumer_key),"
                + " sum(case when c.payment_method = 'BUY_NOW_PAY_LATER' then 1 else 0 end),"
                + " coalesce(sum(c.amount_paid), 0), coalesce(sum(c.amount_claimed), 0), count(c.resolution_days),"
                + " percentile_cont(0.5) within group (order by c.resolution_days)"
                + FROM + where.where() + small;
        List<Object> parameters = new ArrayList<>(where.parameters());
        if (!columns.isEmpty()) {
            parameters.addAll(where.parameters());
        }
        return jdbc.queryForObject(sql, (rs, i) -> {
            Object median = rs.getObject(7);
            return new ReportRow(Collections.nCopies(groupBy.size(), SmallCells.OTHER), rs.getLong(1),
                    rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getLong(6),
                    median == null ? null : ((Number) median).doubleValue());
        }, parameters.toArray());
    }

    /** Distinct consumers among the complaints matching the filter. */
    @Transactional(readOnly = true)
    public long consumers(StatisticsFilter filter) {
        StatisticsSql where = StatisticsSql.of(filter);
        Long count = jdbc.queryForObject("select count(distinct c.consumer_key) from complaint_facts c" + where.where(),
                Long.class, where.parameters().toArray());
        return count == null ? 0 : count;
    }

    /** Complaints matching the filter, counted for an export's progress bar. */
    @Transactional(readOnly = true)
    public long count(StatisticsFilter filter) {
        StatisticsSql where = StatisticsSql.of(filter);
        Long count = jdbc.queryForObject("select count(*) from complaint_facts c" + where.where(), Long.class,
                where.parameters().toArray());
        return count == null ? 0 : count;
    }

    /**
     * Streams one anonymised record per complaint to {@code sink}. Merchants and provinces with fewer than
     * {@code minConsumers} consumers in the selection are written as "other", so a rare shop or province cannot
     * single a consumer out.
     */
    @Transactional(readOnly = true)
    public void records(StatisticsFilter filter, int minConsumers, RecordSink sink) {
        StatisticsSql where = StatisticsSql.of(filter);
        Set<Long> smallMerchants = new HashSet<>(jdbc.queryForList("select c.merchant_id from complaint_facts c"
                + where.where() + " group by c.merchant_id having count(distinct c.consumer_key) < " + minConsumers,
                Long.class, where.parameters().toArray()));
        Set<String> smallProvinces = new HashSet<>(jdbc.queryForList("select c.province from complaint_facts c"
                + where.where() + " and c.province is not null group by c.province"
                + " having count(distinct c.consumer_key) < " + minConsumers, String.class,
                where.parameters().toArray()));
        // Merchant names come from a map rather than a join, which keeps each page a plain primary-key range scan.
        Map<Long, String> merchantNames = new HashMap<>();
        jdbc.query("select id, name from merchant_facts", rs -> {
            merchantNames.put(rs.getLong(1), rs.getString(2));
        });
        // Pages over windows of the primary key: each page is a short indexed query, so memory stays flat and no
        // cursor stays open across the whole export (a long lazy H2 cursor can lose its chunks to compaction).
        // Windows rather than "id > ? fetch first n": H2 pushes a range on id into the view, not a row limit.
        String sql = "select c.id, c.received_at, c.received_month, c.channel, c.platform_code, c.merchant_id,"
                + " c.category, c.payment_method, c.province, c.status, c.amount_paid, c.amount_claimed,"
                + " c.concluded_on, c.resolution_days from complaint_facts c" + where.where()
                + " and c.id > ? and c.id <= ? order by c.id";
        Long maxId = jdbc.queryForObject("select max(c.id) from complaint_facts c", Long.class);
        Object[] row = new Object[RECORD_COLUMNS.size()];
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(0L);
        parameters.add(0L);
        for (long from = 0; maxId != null && from < maxId; from += PAGE_SIZE) {
            parameters.set(parameters.size() - 2, from);
            parameters.set(parameters.size() - 1, from + PAGE_SIZE);
            jdbc.query(sql, rs -> {
                long merchantId = rs.getLong(6);
                String province = rs.getString(9);
                row[0] = rs.getObject(2, LocalDate.class);
                row[1] = rs.getString(3);
                row[2] = rs.getString(4);
                row[3] = rs.getString(5);
                row[4] = smallMerchants.contains(merchantId) ? SmallCells.OTHER : merchantNames.get(merchantId);
                row[5] = rs.getString(7);
                row[6] = rs.getString(8);
                row[7] = province == null ? "" : smallProvinces.contains(province) ? SmallCells.OTHER : province;
                row[8] = rs.getString(10);
                row[9] = rs.getBigDecimal(11);
                row[10] = rs.getBigDecimal(12);
                row[11] = rs.getObject(13, LocalDate.class);
                row[12] = rs.getObject(14);
                try {
                    sink.accept(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, parameters.toArray());
        }
    }

    /** Columns of the record export, in order: an allow-list, checked by a test. */
    public static final List<String> RECORD_COLUMNS = List.of("receivedOn", "month", "channel", "platform",
            "merchant", "category", "paymentMethod", "province", "status", "amountPaid", "amountClaimed",
            "concludedOn", "daysToResolution");

    /** Receives one record at a time; the array is reused between calls. */
    @FunctionalInterface
    interface RecordSink {
        void accept(Object[] row) throws IOException;
    }

}
