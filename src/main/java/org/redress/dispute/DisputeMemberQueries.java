package org.redress.dispute;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.PaymentMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A dispute's members read in the database, each with the latest entry of the consent ledger: a page of rows, the
 * figures and the members a filter selects, each in one query, so a dispute of a thousand members opens as fast as
 * one of ten. Reads the complaint module's published views ({@code complaint_facts}, {@code complaint_contacts}).
 */
@Component
class DisputeMemberQueries {

    /** The member's latest decision: no later entry exists (recording time first, the id only breaks ties). */
    private static final String LATEST = " left join dispute_consent k on k.dispute_id = m.dispute_id"
            + " and k.complaint_id = m.complaint_id and not exists (select 1 from dispute_consent n"
            + " where n.dispute_id = k.dispute_id and n.complaint_id = k.complaint_id"
            + " and (n.recorded_at > k.recorded_at or (n.recorded_at = k.recorded_at and n.id > k.id)))";
    private static final String FROM = " from class_dispute_member m join complaint_facts f on f.id = m.complaint_id"
            + " join complaint_contacts p on p.id = m.complaint_id" + LATEST + " where m.dispute_id = ?";

    private final JdbcTemplate jdbc;

    DisputeMemberQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<DisputeMemberRow> page(long disputeId, MemberFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>(List.of(disputeId));
        String where = where(filter, args);
        args.add(Math.max(0, offset));
        args.add(Math.max(1, limit));
        return jdbc.query("select f.case_number, p.consumer_name, p.consumer_phone, f.province, f.amount_paid,"
                + " f.amount_claimed, f.category, f.payment_method, f.status, k.decision, k.decided_on, k.channel"
                + FROM + where + " order by f.case_number offset ? rows fetch next ? rows only",
                (rs, i) -> row(rs), args.toArray());
    }

    long count(long disputeId, MemberFilter filter) {
        List<Object> args = new ArrayList<>(List.of(disputeId));
        String where = where(filter, args);
        Long n = jdbc.queryForObject("select count(*)" + FROM + where, Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    /** Complaint id to case number of the members the filter selects, in case-number order. */
    Map<Long, String> select(long disputeId, MemberFilter filter) {
        List<Object> args = new ArrayList<>(List.of(disputeId));
        String where = where(filter, args);
        Map<Long, String> selected = new LinkedHashMap<>();
        jdbc.query("select m.complaint_id, f.case_number" + FROM + where + " order by f.case_number",
                rs -> {
                    selected.put(rs.getLong(1), rs.getString(2));
                }, args.toArray());
        return selected;
    }

    /** Case number to complaint id of those given that are members of the dispute. */
    Map<String, Long> members(long disputeId, List<String> caseNumbers) {
        Map<String, Long> found = new LinkedHashMap<>();
        for (List<String> chunk : chunks(caseNumbers)) {
            String marks = String.join(",", chunk.stream().map(c -> "?").toList());
            List<Object> args = new ArrayList<>(List.of(disputeId));
            args.addAll(chunk);
            jdbc.query("select p.case_number, m.complaint_id from class_dispute_member m"
                    + " join complaint_contacts p on p.id = m.complaint_id where m.dispute_id = ?"
                    + " and p.case_number in (" + marks + ")", rs -> {
                        found.put(rs.getString(1), rs.getLong(2));
                    }, args.toArray());
        }
        return found;
    }

    /** A member's contact details, for sending them a notice. */
    record Contact(long complaintId, String caseNumber, String phone, String email) {
    }

    List<Contact> contacts(long disputeId, MemberFilter filter) {
        List<Object> args = new ArrayList<>(List.of(disputeId));
        String where = where(filter, args);
        return jdbc.query("select m.complaint_id, f.case_number, p.consumer_phone, p.consumer_email" + FROM + where
                + " order by f.case_number", (rs, i) -> new Contact(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4)), args.toArray());
    }

    /** One member's row. */
    DisputeMemberRow member(long disputeId, long complaintId) {
        return jdbc.queryForObject("select f.case_number, p.consumer_name, p.consumer_phone, f.province,"
                + " f.amount_paid, f.amount_claimed, f.category, f.payment_method, f.status, k.decision,"
                + " k.decided_on, k.channel" + FROM + " and m.complaint_id = ?", (rs, i) -> row(rs), disputeId,
                complaintId);
    }

    /** The ledger in the order it was written; one member's entries when {@code caseNumber} is given. */
    List<ConsentEntry> ledger(long disputeId, String caseNumber) {
        List<Object> args = new ArrayList<>(List.of(disputeId));
        String one = "";
        if (caseNumber != null && !caseNumber.isBlank()) {
            one = " and p.case_number = ?";
            args.add(caseNumber.strip().toUpperCase(Locale.ROOT));
        }
        return jdbc.query("select p.case_number, k.decision, k.decided_on, k.channel, k.recorded_by, k.recorded_at"
                + " from dispute_consent k join complaint_contacts p on p.id = k.complaint_id"
                + " where k.dispute_id = ?" + one + " order by k.recorded_at, k.id", (rs, i) -> new ConsentEntry(
                rs.getString(1), ConsentDecision.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
                Channel.valueOf(rs.getString(4)), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class).toInstant()), args.toArray());
    }

    List<String> caseNumbers(long disputeId) {
        return jdbc.queryForList("select p.case_number from class_dispute_member m join complaint_contacts p"
                + " on p.id = m.complaint_id where m.dispute_id = ? order by p.case_number", String.class, disputeId);
    }

    List<String> consenting(long disputeId) {
        return jdbc.queryForList("select f.case_number" + FROM + " and k.decision = 'GIVEN' order by f.case_number",
                String.class, disputeId);
    }

    DisputeFigures figures(long disputeId) {
        Map<String, Long> consent = new LinkedHashMap<>();
        long[] totals = new long[2];
        BigDecimal[] sums = new BigDecimal[2];
        jdbc.query("select count(*), count(distinct f.consumer_key), coalesce(sum(f.amount_paid), 0),"
                + " coalesce(sum(f.amount_claimed), 0), sum(case when k.decision = 'GIVEN' then 1 else 0 end),"
                + " sum(case when k.decision = 'REFUSED' then 1 else 0 end),"
                + " sum(case when k.decision = 'WITHDRAWN' then 1 else 0 end),"
                + " sum(case when k.id is null then 1 else 0 end)" + FROM, rs -> {
                    totals[0] = rs.getLong(1);
                    totals[1] = rs.getLong(2);
                    sums[0] = rs.getBigDecimal(3);
                    sums[1] = rs.getBigDecimal(4);
                    consent.put(ConsentDecision.GIVEN.name(), rs.getLong(5));
                    consent.put(ConsentDecision.REFUSED.name(), rs.getLong(6));
                    consent.put(ConsentDecision.WITHDRAWN.name(), rs.getLong(7));
                    consent.put("NONE", rs.getLong(8));
                }, disputeId);
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        Map<PaymentMethod, Long> byPayment = new EnumMap<>(PaymentMethod.class);
        jdbc.query("select f.category, f.payment_method, count(*) from class_dispute_member m"
                + " join complaint_facts f on f.id = m.complaint_id where m.dispute_id = ?"
                + " group by f.category, f.payment_method", rs -> {
                    byCategory.merge(Category.valueOf(rs.getString(1)), rs.getLong(3), Long::sum);
                    byPayment.merge(PaymentMethod.valueOf(rs.getString(2)), rs.getLong(3), Long::sum);
                }, disputeId);
        return new DisputeFigures(totals[0], totals[1], sums[0] == null ? BigDecimal.ZERO : sums[0],
                sums[1] == null ? BigDecimal.ZERO : sums[1], consent, byCategory, byPayment);
    }

    private static String where(MemberFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder();
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%";
            where.append(" and (upper(f.case_number) like upper(?) escape '\\' or p.consumer_name like ? escape '\\')");
            args.add(like);
            args.add(like);
        }
        if (filter.unanswered()) {
            where.append(" and k.id is null");
        } else if (filter.consent() != null) {
            where.append(" and k.decision = ?");
            args.add(filter.consent().name());
        }
        return where.toString();
    }

    private static DisputeMemberRow row(ResultSet rs) throws SQLException {
        String decision = rs.getString(10);
        String channel = rs.getString(12);
        return new DisputeMemberRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getBigDecimal(5), rs.getBigDecimal(6), Category.valueOf(rs.getString(7)),
                PaymentMethod.valueOf(rs.getString(8)), ComplaintStatus.valueOf(rs.getString(9)),
                decision == null ? null : ConsentDecision.valueOf(decision), rs.getObject(11, LocalDate.class),
                channel == null ? null : Channel.valueOf(channel));
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }
}
