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
 * {@value #WINDOW_DAYS} days, at least {@value #MINIMUM} of them, none in a dispute or merged away; or any number of
 * them when an open dispute against that merchant exists, to be added to it. One GROUP BY in the database.
 */
@Component
class DisputeSuggestions {

    static final int WINDOW_DAYS = 180;
    static final int MINIMUM = 3;
    private static final String OPEN = "('RECEIVED', 'UNDER_REVIEW', 'REFERRED_TO_PLATFORM', 'IN_MEDIATION')";
    private static final String OPEN_DISPUTE = "('OPEN', 'IN_MEDIATION')";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DisputeSuggestions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate since() {
        return LocalDate.now(clock).minusDays(WINDOW_DAYS);
    }

    /**
     * Clusters big enough for a dispute of their own, and any cluster (even one complaint) against a merchant that
     * already has an open dispute, which it should join instead: one class per merchant, as staff handle a vanished
     * shop's victims together (the open dispute about the same problem first, then one about any problem, then the
     * oldest). A second dispute against the merchant can still be opened by hand.
     */
    List<DisputeSuggestion> find(int limit) {
        return jdbc.query("select s.*, d.title from (select c.merchant_id, c.merchant_name, c.merchant_platform_code,"
                + " c.category, count(*) n, count(distinct c.consumer_key) consumers, sum(c.amount_claimed) claimed,"
                + " min(c.received_at) first_received, max(c.received_at) last_received,"
                + " (select o.id from class_dispute o where o.merchant_id = c.merchant_id and o.status in "
                + OPEN_DISPUTE + " order by case when o.category = c.category then 0 when o.category is null then 1"
                + " else 2 end, o.id fetch first 1 rows only) existing"
                + " from complaint_facts c"
                + " where c.status in " + OPEN + " and c.received_at >= ?"
                + " and not exists (select 1 from class_dispute_member m where m.complaint_id = c.id)"
                + " group by c.merchant_id, c.merchant_name, c.merchant_platform_code, c.category) s"
                + " left join class_dispute d on d.id = s.existing"
                + " where s.n >= ? or s.existing is not null"
                + " order by s.n desc, s.merchant_id fetch first ? rows only",
                (rs, i) -> new DisputeSuggestion(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Category.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6),
                        rs.getBigDecimal(7) == null ? BigDecimal.ZERO : rs.getBigDecimal(7),
                        rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                        rs.getObject(10) == null ? null : rs.getLong(10), rs.getString(11)),
                since(), MINIMUM, limit);
    }

    List<String> members(long merchantId, Category category) {
        return jdbc.queryForList("select c.case_number from complaint_facts c where c.merchant_id = ? and c.category = ?"
                + " and c.status in " + OPEN + " and c.received_at >= ?"
                + " and not exists (select 1 from class_dispute_member d where d.complaint_id = c.id)"
                + " order by c.received_at, c.case_number", String.class, merchantId, category.name(), since());
    }
}
