package org.redress.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AgreementFigureQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AgreementFigures of(StatisticsFilter filter) {
        StatisticsSql where = StatisticsSql.of(filter);
        List<Object> parameters = new ArrayList<>();
        parameters.add(LocalDate.now(clock));
        parameters.addAll(where.parameters());
        String money = "o.kind in ('REFUND', 'COMPENSATION')";
        return jdbc.queryForObject("select"
                + " coalesce(sum(case when " + money + " then o.amount end), 0),"
                + " coalesce(sum(case when " + money + " and o.status = 'FULFILLED' then o.amount end), 0),"
                + " count(case when o.due_date is not null and (o.due_date < ? or o.status = 'FULFILLED') then 1 end),"
                + " count(case when o.status = 'FULFILLED' and o.due_date is not null and o.settled_on <= o.due_date"
                + " then 1 end)"
                + " from agreement a join agreement_obligation o on o.agreement_id = a.id"
                + " join complaint c on (c.id = a.complaint_id or (a.dispute_id is not null and c.case_number = o.creditor))"
                + where.where() + " and a.status = 'BINDING'",
                (rs, i) -> new AgreementFigures(rs.getBigDecimal(1) == null ? BigDecimal.ZERO : rs.getBigDecimal(1),
                        rs.getBigDecimal(2) == null ? BigDecimal.ZERO : rs.getBigDecimal(2), rs.getLong(3),
                        rs.getLong(4)), parameters.toArray());
    }
}
