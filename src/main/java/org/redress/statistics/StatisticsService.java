package org.redress.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.redress.base.Message;
import org.redress.base.Roles;
import org.redress.merchant.MerchantService;
import org.redress.merchant.PlatformRef;
import org.redress.merchant.PlatformService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Regulator statistics: aggregates only, computed in the search index (dashboard) or the database (reports and
 * exports), never by loading complaints. Nothing returned here carries a consumer's personal data, and groups
 * with fewer than k consumers are merged into "other".
 */
@Service
@PreAuthorize(Roles.AGGREGATE_READERS)
public class StatisticsService {

    private final DashboardQueries dashboards;
    private final AgreementFigureQueries agreementFigures;
    private final ReportQueries reports;
    private final MerchantService merchants;
    private final PlatformService platforms;
    private final StatisticsProperties properties;
    private final Clock clock;
    // A full-index dashboard takes about two seconds at a million complaints; regulators flip between a few filters,
    // and figures up to half a minute old (redress.statistics.dashboard-cache-seconds) serve them as well.
    static final int CACHED_FILTERS = 64;
    private final Map<StatisticsFilter, CachedDashboard> recent = new ConcurrentHashMap<>();

    private record CachedDashboard(Dashboard dashboard, Instant at) {
    }

    StatisticsService(DashboardQueries dashboards, AgreementFigureQueries agreementFigures, ReportQueries reports,
                      MerchantService merchants, PlatformService platforms, StatisticsProperties properties,
                      Clock clock) {
        this.dashboards = dashboards;
        this.agreementFigures = agreementFigures;
        this.reports = reports;
        this.merchants = merchants;
        this.platforms = platforms;
        this.properties = properties;
        this.clock = clock;
    }

    public int minConsumers() {
        return properties.minConsumers();
    }

    public Dashboard dashboard(StatisticsFilter filter) {
        Instant now = clock.instant();
        CachedDashboard cached = recent.get(filter);
        Duration freshFor = Duration.ofSeconds(properties.dashboardCacheSeconds());
        if (cached != null && cached.at().plus(freshFor).isAfter(now)) {
            return cached.dashboard();
        }
        Dashboard dashboard = compute(filter);
        if (recent.size() >= CACHED_FILTERS) {
            recent.clear();
        }
        recent.put(filter, new CachedDashboard(dashboard, now));
        return dashboard;
    }

    private Dashboard compute(StatisticsFilter filter) {
        Dashboard dashboard = dashboards.dashboard(filter, properties.minConsumers());
        List<Long> ids = dashboard.topMerchants().stream().map(GroupFigures::key)
                .filter(key -> !key.equals(SmallCells.OTHER)).map(Long::valueOf).toList();
        Map<Long, String> names = merchants.namesOf(ids);
        List<GroupFigures> named = dashboard.topMerchants().stream()
                .map(g -> g.key().equals(SmallCells.OTHER) ? g : g.withLabel(names.get(Long.valueOf(g.key()))))
                .toList();
        return new Dashboard(dashboard.filter(), dashboard.minConsumers(), dashboard.headline(), dashboard.monthly(),
                dashboard.byPlatform(), dashboard.byProvince(), dashboard.byPaymentMethod(), named,
                dashboard.resolutionTimes(), dashboard.suppressedGroups(), dashboard.withheld(),
                dashboard.withheld() ? AgreementFigures.none() : agreementFigures.of(filter, properties.minConsumers()));
    }

    /** Agreements reached, money agreed and paid, and the on-time rate per merchant, for the regulator. */
    public AgreementsByMerchant agreementsByMerchant(StatisticsFilter filter) {
        return agreementFigures.byMerchant(filter, minConsumers(), "other");
    }

    public Report report(StatisticsFilter filter, List<Dimension> groupBy) {
        return SmallCells.protect(filter, groupBy, properties.minConsumers(), reports.group(filter, groupBy),
                () -> reports.other(filter, groupBy, properties.minConsumers()));
    }

    public void writeReport(Report report, ExportFormat format, String user, OutputStream out,
                            ExportLanguage language) throws IOException {
        ReportTable.write(report, format, ExportNotes.of(report.filter(), user, properties.minConsumers(),
                report.suppression(), clock, language), out, labels(language), language.notesLocale());
    }

    /** The notes an export of dashboard figures starts with. */
    public List<String> exportNotes(StatisticsFilter filter, String user, Message suppression,
                                    ExportLanguage language) {
        return ExportNotes.of(filter, user, properties.minConsumers(), suppression, clock, language);
    }

    /** Column names and values of exports in the language, platforms by their names. */
    public ExportLabels labels(ExportLanguage language) {
        Map<String, PlatformRef> byCode = platforms.active().stream()
                .collect(Collectors.toMap(PlatformRef::code, p -> p, (a, b) -> a));
        return new ExportLabels(language, code -> byCode.containsKey(code)
                ? byCode.get(code).label(language.locale()) : code);
    }

    public String fileName(String kind, List<Dimension> groupBy, StatisticsFilter filter, ExportFormat format) {
        String groups = groupBy.isEmpty() ? "" : "_" + groupBy.stream().map(Dimension::apiName)
                .collect(Collectors.joining("-"));
        return "redress-" + kind + groups + "_" + filter.describe() + "_"
                + ZonedDateTime.now(clock).format(DateTimeFormatter.ISO_LOCAL_DATE) + "." + format.extension();
    }
}
