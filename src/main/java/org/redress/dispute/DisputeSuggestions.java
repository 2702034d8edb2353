package org.redress.dispute;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.redress.complaint.Category;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Clusters of open complaints that could become class disputes: same merchant, same category, received in the last
 * {@value #WINDOW_DAYS} days, at least {@value #MINIMUM} of them, none in a dispute or merged away. One GROUP BY in
 * the database.
 */
@Component
class DisputeSuggestions {

    static final int WINDOW_DAYS = 180;
    static final int MINIMUM = 3;
    private static final String OPEN = "('RECEIVED', 'UNDER_REVIEW', 'REFERRED_TO_PLATFORM', 'IN_MEDIATION')";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DisputeSuggestions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate since() {
        return LocalDate.now(clock).minusDays(WINDOW_DAYS);
    }

    List<DisputeSuggestion> find(int limit) {
        return jdbc.query("select c.merchant_id, c.merchant_name, c.merchant_platform_code, c.category, count(*),"
                + " count(distinct c.consumer_key), sum(c.amount_claimed), min(c.received_at), max(c.received_at)"
                + " from complaint_facts c"
                + " where c.status in " + OPEN + " and c.received_at >= ?"
                + " and not exists (select 1 from class_dispute_member d where d.complaint_id = c.id)"
                + " group by c.merchant_id, c.merchant_name, c.merchant_platform_code, c.category having count(*) >= ?"
                + " order by count(*) desc, c.merchant_id fetch first ? rows only",
                (rs, i) -> new DisputeSuggestion(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Category.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6),
                        rs.getBigDecimal(7) == null ? BigDecimal.ZERO : rs.getBigDecimal(7),
                        rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class)),
                since(), MINIMUM, limit);
    }

    List<String> members(long merchantId, Category category) {
        return jdbc.queryForList("select c.case_number from complaint_facts c where c.merchant_id = ? and c.category = ?"
                + " and c.status in " + OPEN + " and c.received_at >= ?"
                + " and not exists (select 1 from class_dispute_member d where d.complaint_id = c.id)"
                + " order by c.received_at, c.case_number", String.class, merchantId, category.name(), since());
    }
}
