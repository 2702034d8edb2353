package org.redress.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.redress.base.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether merchants, platforms and payment providers answer the complaints referred to them, and in time: per
 * organisation of one kind, over complaints the filter selects, read from the respondent module's
 * {@code referral_facts} view. Small groups are protected as in every report.
 */
@Service
@PreAuthorize(Roles.AGGREGATE_READERS)
public class ResponseStatistics {

    public static final Set<String> GROUPS = Set.of("merchant", "platform", "provider");
    private static final Set<String> RELIEF = Set.of("CLOSED_WITH_MONETARY_RELIEF", "CLOSED_WITH_NON_MONETARY_RELIEF",
            "INSTALMENTS_PAUSED", "INSTALMENTS_CANCELLED", "REFUNDED");

    private final JdbcTemplate jdbc;
    private final StatisticsProperties properties;
    private final ZoneId zone;

    ResponseStatistics(JdbcTemplate jdbc, StatisticsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.zone = clock.getZone();
    }

    private record Row(String key, String label, String consumer, String status, String code, Boolean timely,
                       Instant referredAt, Instant answeredAt) {
    }

    /** @param groupBy merchant, platform or provider (each counts only referrals to that kind of respondent) */
    @Transactional(readOnly = true)
    public ResponseReport responses(StatisticsFilter filter, String groupBy) {
        StatisticsSql where = StatisticsSql.of(filter);
        String[] group = switch (groupBy) {
            case "platform" -> new String[] {"c.platform_code", "c.platform_code", "PLATFORM"};
            case "provider" -> new String[] {"cast(f.respondent_id as varchar(20))", "f.respondent_name",
                    "PAYMENT_PROVIDER"};
            default -> new String[] {"cast(c.merchant_id as varchar(20))", "c.merchant_name", "MERCHANT"};
        };
        List<Row> rows = jdbc.query("select " + group[0] + ", " + group[1] + ", c.consumer_key, f.status,"
                + " f.answer_code, f.answered_timely, f.referred_at, f.answered_at"
                + " from referral_facts f join complaint_facts c on c.id = f.complaint_id" + where.where()
                + " and f.target = '" + group[2] + "'", (rs, i) -> new Row(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), (Boolean) rs.getObject(6),
                instant(rs.getObject(7, OffsetDateTime.class)), instant(rs.getObject(8, OffsetDateTime.class))),
                where.parameters().toArray());
        Map<String, List<Row>> byGroup = new LinkedHashMap<>();
        rows.forEach(r -> byGroup.computeIfAbsent(r.key() == null ? "—" : r.key(), k -> new ArrayList<>()).add(r));
        int k = properties.minConsumers();
        List<ResponseFigures> shown = new ArrayList<>();
        List<Row> small = new ArrayList<>();
        int suppressed = 0;
        for (List<Row> g : byGroup.values()) {
            if (g.stream().map(Row::consumer).distinct().count() >= k) {
                shown.add(figures(g.getFirst().key(), g.getFirst().label(), g));
            } else {
                small.addAll(g);
                suppressed++;
            }
        }
        if (!small.isEmpty() && small.stream().map(Row::consumer).distinct().count() >= k) {
            shown.add(figures(SmallCells.OTHER, SmallCells.OTHER, small));
        }
        shown.sort(Comparator.comparing((ResponseFigures f) -> f.key().equals(SmallCells.OTHER))
                .thenComparing(f -> -orZero(f.timelyRate())).thenComparing(f -> -orZero(f.answeredShare()))
                .thenComparing(f -> -orZero(f.reliefShare())).thenComparing(ResponseFigures::label));
        return new ResponseReport(groupBy, k, shown, suppressed);
    }

    private ResponseFigures figures(String key, String label, List<Row> g) {
        long answered = g.stream().filter(r -> r.code() != null).count();
        long timely = g.stream().filter(r -> r.code() != null && Boolean.TRUE.equals(r.timely())).count();
        long overdue = g.stream().filter(r -> "OVERDUE".equals(r.status())).count();
        long relief = g.stream().filter(r -> r.code() != null && RELIEF.contains(r.code())).count();
        Map<String, Long> codes = new TreeMap<>();
        g.stream().filter(r -> r.code() != null).forEach(r -> codes.merge(r.code(), 1L, Long::sum));
        List<Long> days = g.stream().filter(r -> r.answeredAt() != null && r.referredAt() != null)
                .map(r -> ChronoUnit.DAYS.between(day(r.referredAt()), day(r.answeredAt()))).sorted().toList();
        Double median = days.isEmpty() ? null : days.size() % 2 == 1 ? (double) days.get(days.size() / 2)
                : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;
        Set<String> consumers = new HashSet<>();
        g.forEach(r -> consumers.add(r.consumer()));
        return new ResponseFigures(key, label, g.size(), consumers.size(), answered, timely, overdue,
                answered + overdue == 0 ? null : (double) timely / (answered + overdue),
                (double) answered / g.size(), answered == 0 ? null : (double) relief / answered, median, codes);
    }

    private LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
