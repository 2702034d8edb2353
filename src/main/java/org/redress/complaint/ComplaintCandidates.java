package org.redress.complaint;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hibernate.search.mapper.orm.Search;
import org.redress.base.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where duplicate candidates come from: complaints sharing a phone, e-mail, order number or platform ticket (database
 * indexes), complaints with similar narratives (the search index: at least half of the narrative's word pieces in
 * common), and a paged walk over all complaints for the full duplicate pass. Merged duplicates are never candidates.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintCandidates {

    static final int PAGE = 5_000;
    private static final String COLUMNS = "c.id, c.case_number, c.external_id, c.consumer_phone, c.consumer_email,"
            + " c.merchant_id, c.order_number, c.platform_ticket, c.narrative, c.status";

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    ComplaintCandidates(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @PreAuthorize(Roles.CASE_WORKERS)
    public List<CandidateCase> sharingIdentifiers(String phone, String email, String orderNumber, String ticket,
                                                  int limit) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        add(conditions, parameters, "c.consumer_phone = ?", phone);
        add(conditions, parameters, "c.consumer_email = ?", email);
        add(conditions, parameters, "c.order_number = ?", orderNumber);
        add(conditions, parameters, "c.platform_ticket = ?", ticket);
        if (conditions.isEmpty()) {
            return List.of();
        }
        parameters.add(limit);
        return jdbc.query("select " + COLUMNS + " from complaint c where c.status <> 'MERGED' and ("
                + String.join(" or ", conditions) + ") order by c.id desc fetch first ? rows only",
                (rs, i) -> row(rs), parameters.toArray());
    }

    /** Complaints whose narrative shares at least half of this text's word pieces (CJK bigrams or English words). */
    @PreAuthorize(Roles.CASE_WORKERS)
    public List<CandidateCase> similarText(String narrative, int limit) {
        if (narrative == null || narrative.isBlank()) {
            return List.of();
        }
        String text = narrative.length() > 2_000 ? narrative.substring(0, 2_000) : narrative;
        List<Long> ids = Search.session(entityManager).search(Complaint.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.bool()
                        .should(f.match().field(ComplaintIndex.NARRATIVE_CJK).matching(text).minimumShouldMatchPercent(50))
                        .should(f.match().field(ComplaintIndex.NARRATIVE_EN).matching(text).minimumShouldMatchPercent(50))
                        .mustNot(f.match().field(ComplaintIndex.STATUS).matching(ComplaintStatus.MERGED)))
                .fetchHits(limit);
        return byIds(ids);
    }

    @PreAuthorize(Roles.CASE_WORKERS)
    public List<CandidateCase> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        return jdbc.query("select " + COLUMNS + " from complaint c where c.id in (" + marks + ")", (rs, i) -> row(rs),
                ids.toArray());
    }

    /** The complaints with these case numbers (any case), in chunks of a few hundred per query. */
    @PreAuthorize(Roles.CASE_WORKERS)
    public List<CandidateCase> byCaseNumbers(Collection<String> caseNumbers) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Complaints filed earlier in the same transaction are read too.
            entityManager.flush();
        }
        List<String> all = List.copyOf(caseNumbers);
        List<CandidateCase> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            found.addAll(jdbc.query("select " + COLUMNS + " from complaint c where c.case_number in (" + marks + ")",
                    (rs, n) -> row(rs), chunk.toArray()));
        }
        return found;
    }

    /**
     * Every complaint that is not a merged duplicate, in pages over the primary key (no long-open cursor). The
     * duplicate pass calls it on its own thread, as the system user, after a case worker started it.
     */
    @PreAuthorize(Roles.CASE_WORKERS)
    public void forEach(Consumer<CandidateCase> sink) {
        long last = Long.MIN_VALUE;
        int count;
        do {
            List<CandidateCase> page = jdbc.query("select " + COLUMNS + " from complaint c where c.id > ?"
                    + " order by c.id fetch first " + PAGE + " rows only", (rs, i) -> row(rs), last);
            count = page.size();
            for (CandidateCase c : page) {
                last = c.id();
                if (c.status() != ComplaintStatus.MERGED) {
                    sink.accept(c);
                }
            }
        } while (count == PAGE);
    }

    /** Totals and breakdowns over the given complaints, computed in the database. */
    @PreAuthorize(Roles.CASE_WORKERS)
    public CaseGroupSummary summarize(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new CaseGroupSummary(0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                    Map.of(), Map.of());
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        Object[] args = ids.toArray();
        var totals = jdbc.queryForMap("select count(*) n, count(distinct c.consumer_key) consumers,"
                + " coalesce(sum(c.amount_paid), 0) paid, coalesce(sum(c.amount_claimed), 0) claimed"
                + " from complaint c where c.id in (" + marks + ")", args);
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        jdbc.query("select c.category, count(*) from complaint c where c.id in (" + marks + ") group by c.category",
                rs -> {
                    byCategory.put(Category.valueOf(rs.getString(1)), rs.getLong(2));
                }, args);
        Map<PaymentMethod, Long> byPayment = new EnumMap<>(PaymentMethod.class);
        jdbc.query("select c.payment_method, count(*) from complaint c where c.id in (" + marks + ")"
                + " group by c.payment_method", rs -> {
                    byPayment.put(PaymentMethod.valueOf(rs.getString(1)), rs.getLong(2));
                }, args);
        return new CaseGroupSummary(((Number) totals.get("N")).longValue(),
                ((Number) totals.get("CONSUMERS")).longValue(), (BigDecimal) totals.get("PAID"),
                (BigDecimal) totals.get("CLAIMED"), byCategory, byPayment);
    }

    @PreAuthorize(Roles.CASE_WORKERS)
    public long count() {
        Long count = jdbc.queryForObject("select count(*) from complaint", Long.class);
        return count == null ? 0 : count;
    }

    private static void add(List<String> conditions, List<Object> parameters, String condition, String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(condition);
            parameters.add(value.trim());
        }
    }

    private static CandidateCase row(ResultSet rs) throws SQLException {
        return new CandidateCase(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9),
                ComplaintStatus.valueOf(rs.getString(10)));
    }
}
