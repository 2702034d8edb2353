package org.redress.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreement figures for the complaints a filter selects, in one query over binding agreements: an agreement on a
 * complaint counts for that complaint; in a class dispute, an obligation counts for the member whose case number is
 * its creditor (obligations to "CONSUMER" in general cannot be attributed to one complaint and are left out).
 */
@Component
class AgreementFigureQueries {

    private static final String MONEY = "o.kind in ('REFUND', 'COMPENSATION')";
    /** Money agreed, money paid, obligations due by today (the parameter) or fulfilled, and those fulfilled on time. */
    private static final String FIGURES = " coalesce(sum(case when " + MONEY + " then o.amount end), 0),"
            + " coalesce(sum(case when " + MONEY + " then case when o.status = 'FULFILLED' then o.amount"
            + " else o.paid end end), 0),"
            + " count(case when o.due_date is not null and (o.due_date < ? or o.status = 'FULFILLED') then 1 end),"
            + " count(case when o.status = 'FULFILLED' and o.due_date is not null and o.settled_on <= o.due_date"
            + " then 1 end)";
    private static final String FROM = " from agreement_obligation_facts o join complaint_facts c"
            + " on (c.id = o.complaint_id or (o.dispute_id is not null and c.case_number = o.creditor))";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AgreementFigureQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AgreementFigures of(StatisticsFilter filter, int minConsumers) {
        StatisticsSql where = StatisticsSql.of(filter);
        List<Object> parameters = new ArrayList<>();
        parameters.add(LocalDate.now(clock));
        parameters.addAll(where.parameters());
        AgreementFigures money = jdbc.queryForObject("select" + FIGURES + FROM + where.where()
                        + " and o.agreement_status = 'BINDING'",
                (rs, i) -> new AgreementFigures(rs.getBigDecimal(1) == null ? BigDecimal.ZERO : rs.getBigDecimal(1),
                        rs.getBigDecimal(2) == null ? BigDecimal.ZERO : rs.getBigDecimal(2), rs.getLong(3),
                        rs.getLong(4), null, null, null), parameters.toArray());
        Map<String, Long> consumers = new HashMap<>();
        jdbc.query("select s.state, count(distinct s.consumer_key) from (select c.consumer_key,"
                + " case when min(case when o.status in ('FULFILLED', 'WAIVED') then 1 else 0 end) = 1 then 'PAID'"
                + " when sum(o.paid) > 0 or max(case when o.status = 'FULFILLED' then 1 else 0 end) = 1"
                + " then 'PARTLY' else 'UNPAID' end state" + FROM + where.where()
                + " and o.agreement_status = 'BINDING' and " + MONEY
                + " group by o.agreement_id, c.id, c.consumer_key) s group by s.state", rs -> {
                    consumers.put(rs.getString(1), rs.getLong(2));
                }, where.parameters().toArray());
        return new AgreementFigures(money.amountAgreed(), money.amountRefunded(), money.obligationsDue(),
                money.fulfilledOnTime(), shown(consumers.get("PAID"), minConsumers),
                shown(consumers.get("PARTLY"), minConsumers), shown(consumers.get("UNPAID"), minConsumers));
    }

    /** A count of consumers, or null (withheld) when it is above zero but below the smallest group shown. */
    private static Long shown(Long count, int minConsumers) {
        long n = count == null ? 0 : count;
        return n > 0 && n < minConsumers ? null : n;
    }

    /**
     * The same figures per merchant, most money agreed first. Merchants whose agreements concern fewer than
     * {@code minConsumers} consumers are merged into one "other" row, left out when it is still below that.
     */
    @Transactional(readOnly = true)
    public AgreementsByMerchant byMerchant(StatisticsFilter filter, int minConsumers, String otherLabel) {
        StatisticsSql where = StatisticsSql.of(filter);
        List<Object> parameters = new ArrayList<>();
        parameters.add(LocalDate.now(clock));
        parameters.addAll(where.parameters());
        List<AgreementMerchantRow> rows = jdbc.query("select" + FIGURES
                + ", c.merchant_name, count(distinct o.agreement_id), count(distinct c.consumer_key)" + FROM
                + where.where() + " and o.agreement_status = 'BINDING'"
                + " group by c.merchant_id, c.merchant_name order by 1 desc, c.merchant_name",
                (rs, i) -> {
                    long due = rs.getLong(3);
                    long onTime = rs.getLong(4);
                    return new AgreementMerchantRow(rs.getString(5), rs.getLong(6), rs.getLong(7),
                            rs.getBigDecimal(1), rs.getBigDecimal(2), due, onTime, due == 0 ? null : (double) onTime / due);
                }, parameters.toArray());
        List<AgreementMerchantRow> shown = new ArrayList<>();
        AgreementMerchantRow other = null;
        int suppressed = 0;
        for (AgreementMerchantRow row : rows) {
            if (row.consumers() >= minConsumers) {
                shown.add(row);
            } else {
                suppressed++;
                AgreementMerchantRow relabelled = new AgreementMerchantRow(otherLabel, row.agreements(),
                        row.consumers(), row.amountAgreed(), row.amountPaid(), row.obligationsDue(),
                        row.fulfilledOnTime(), row.onTimeRate());
                other = other == null ? relabelled : other.plus(relabelled);
            }
        }
        // Consumers are summed over merchants here, an upper bound, so "other" is shown only when clearly large.
        if (other != null && other.consumers() >= minConsumers) {
            shown.add(other);
        }
        return new AgreementsByMerchant(minConsumers, suppressed, shown);
    }
}
