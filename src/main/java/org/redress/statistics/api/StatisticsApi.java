package org.redress.statistics.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.base.BusinessRuleException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.SearchParameters;
import org.redress.base.api.ApiLanguage;
import org.redress.complaint.Category;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.PaymentMethod;
import org.redress.statistics.AgreementsByMerchant;
import org.redress.statistics.Dashboard;
import org.redress.statistics.Dimension;
import org.redress.statistics.ExportFormat;
import org.redress.statistics.ExportJob;
import org.redress.statistics.ExportLanguage;
import org.redress.statistics.Report;
import org.redress.statistics.ReportRow;
import org.redress.statistics.ReportTable;
import org.redress.statistics.ResponseReport;
import org.redress.statistics.ResponseStatistics;
import org.redress.statistics.StatisticsExports;
import org.redress.statistics.StatisticsFilter;
import org.redress.statistics.StatisticsService;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Grouped statistics for regulators' systems: the same measures and small-cell protection as the dashboard and the
 * portal's exports, as JSON, CSV (UTF-8 with BOM) or XLSX. REGULATOR and ADMIN only (403 otherwise, from the service).
 */
@RestController
class StatisticsApi {

    private final StatisticsService statistics;
    private final StatisticsExports exports;
    private final ResponseStatistics responseStatistics;

    StatisticsApi(StatisticsService statistics, StatisticsExports exports, ResponseStatistics responseStatistics) {
        this.statistics = statistics;
        this.exports = exports;
        this.responseStatistics = responseStatistics;
    }

    /**
     * A grouped report as JSON (field names and constants), or as CSV/XLSX with headers and values in {@code lang}:
     * "zh-CN", "en", or "codes" for the machine-readable variant; by default the request's Accept-Language.
     */
    @GetMapping("/api/v1/statistics")
    Object statistics(@RequestParam(required = false) String groupBy, @ModelAttribute FilterParameters filterBy,
                      @RequestParam(required = false) String format, @RequestParam(required = false) String lang,
                      Principal principal, HttpServletResponse response) throws IOException {
        SearchParameters p = new SearchParameters();
        List<Dimension> dimensions = dimensions(p, groupBy);
        StatisticsFilter filter = filterBy.parse(p);
        String wanted = format == null || format.isBlank() ? "json" : format.trim().toLowerCase();
        if (!Set.of("json", "csv", "xlsx").contains(wanted)) {
            p.reject("format", Message.of("error.base.notOne", format, "json, csv, xlsx"));
        }
        p.check();
        Report report = statistics.report(filter, dimensions);
        if (wanted.equals("json")) {
            return json(report);
        }
        ExportFormat exportFormat = ExportFormat.valueOf(wanted.toUpperCase());
        response.setContentType(exportFormat.contentType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(statistics.fileName("report", dimensions, filter, exportFormat), StandardCharsets.UTF_8)
                .build().toString());
        statistics.writeReport(report, exportFormat, principal.getName(), response.getOutputStream(),
                ExportLanguage.parse(lang, ApiLanguage.of((String) null)));
        return null;
    }

    /** The dashboard's figures as JSON (the same small-cell protection as the portal's dashboard). */
    @GetMapping("/api/v1/statistics/dashboard")
    Dashboard dashboard(@ModelAttribute FilterParameters filterBy) {
        SearchParameters p = new SearchParameters();
        StatisticsFilter filter = filterBy.parse(p);
        p.check();
        return statistics.dashboard(filter);
    }

    /** Binding agreements per merchant: agreements, consumers, money agreed and paid, on-time rate (small cells merged). */
    @GetMapping("/api/v1/statistics/agreements")
    AgreementsByMerchant agreements(@ModelAttribute FilterParameters filterBy) {
        SearchParameters p = new SearchParameters();
        StatisticsFilter filter = filterBy.parse(p);
        p.check();
        return statistics.agreementsByMerchant(filter);
    }

    /**
     * How merchants, platforms or payment providers ({@code groupBy}) answer referred complaints: timely rate, median
     * days to answer, closing-code shares; best answering first, small groups protected.
     */
    @GetMapping("/api/v1/statistics/responses")
    ResponseReport responses(@RequestParam(required = false) String groupBy,
                             @ModelAttribute FilterParameters filterBy) {
        SearchParameters p = new SearchParameters();
        StatisticsFilter filter = filterBy.parse(p);
        String group = groupBy == null || groupBy.isBlank() ? "merchant" : groupBy.strip().toLowerCase();
        if (!ResponseStatistics.GROUPS.contains(group)) {
            p.reject("groupBy", Message.of("error.base.notOne", groupBy, "merchant, platform, provider"));
        }
        p.check();
        return responseStatistics.responses(filter, group);
    }

    /**
     * Starts a background export ({@code kind=report} grouped by {@code groupBy}, or {@code kind=records}: one
     * anonymised row per complaint); answers 202 with the job, to be polled at {@code /exports/{id}}.
     */
    @PostMapping("/api/v1/statistics/exports")
    ResponseEntity<ExportStatus> startExport(@RequestParam(required = false) String kind,
                                             @RequestParam(required = false) String groupBy,
                                             @ModelAttribute FilterParameters filterBy,
                                             @RequestParam(required = false) String format,
                                             @RequestParam(required = false) String lang) {
        SearchParameters p = new SearchParameters();
        List<Dimension> dimensions = dimensions(p, groupBy);
        StatisticsFilter filter = filterBy.parse(p);
        String wantedKind = kind == null || kind.isBlank() ? "report" : kind.trim().toLowerCase();
        if (!Set.of("report", "records").contains(wantedKind)) {
            p.reject("kind", Message.of("error.base.notOne", kind, "report, records"));
        }
        String wanted = format == null || format.isBlank() ? "csv" : format.trim().toLowerCase();
        if (!Set.of("csv", "xlsx").contains(wanted)) {
            p.reject("format", Message.of("error.base.notOne", format, "csv, xlsx"));
        }
        p.check();
        ExportFormat exportFormat = ExportFormat.valueOf(wanted.toUpperCase());
        ExportLanguage language = ExportLanguage.parse(lang, ApiLanguage.of((String) null));
        ExportJob job = wantedKind.equals("records")
                ? exports.startRecords(filter, exportFormat,
                        statistics.fileName("records", List.of(), filter, exportFormat), language)
                : exports.startReport(filter, dimensions, exportFormat,
                        statistics.fileName("report", dimensions, filter, exportFormat), language);
        return ResponseEntity.accepted().body(ExportStatus.of(job));
    }

    @GetMapping("/api/v1/statistics/exports/{id}")
    ExportStatus exportStatus(@PathVariable String id) {
        return exports.job(id).map(ExportStatus::of).orElseThrow(() -> new NotFoundException("error.statistics.noExport", id));
    }

    @GetMapping("/api/v1/statistics/exports/{id}/file")
    ResponseEntity<Resource> exportFile(@PathVariable String id) {
        ExportJob job = exports.job(id).orElseThrow(() -> new NotFoundException("error.statistics.noExport", id));
        if (job.state() != ExportJob.State.DONE) {
            throw new BusinessRuleException("error.statistics.exportNotReady", job.state());
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(job.format().contentType()))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(job.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(job.file()));
    }

    /** A background export as the API shows it. */
    record ExportStatus(String id, String fileName, ExportJob.State state, long rowsWritten, long rowsExpected,
                        double progress, String error, boolean withheld) {
        static ExportStatus of(ExportJob job) {
            return new ExportStatus(job.id(), job.fileName(), job.state(), job.rowsWritten(), job.rowsExpected(),
                    job.progress(), job.error(), job.withheld());
        }
    }

    private static List<Dimension> dimensions(SearchParameters p, String groupBy) {
        List<Dimension> dimensions = new ArrayList<>();
        for (String name : p.strings("groupBy", groupBy == null ? null : List.of(groupBy))) {
            Dimension.fromApiName(name).ifPresentOrElse(d -> {
                if (!dimensions.contains(d)) {
                    dimensions.add(d);
                }
            }, () -> p.reject("groupBy", Message.of("error.base.notOne", name,
                    "merchant, platform, category, paymentMethod, province, month, status")));
        }
        return dimensions;
    }

    /** The filter's query parameters, shared by every statistics endpoint. */
    record FilterParameters(String from, String to, String platform, String category, String paymentMethod,
                            String province, String merchantId, String status) {

        StatisticsFilter parse(SearchParameters p) {
            return filter(p, from, to, platform, category, paymentMethod, province, merchantId, status);
        }
    }

    private static StatisticsFilter filter(SearchParameters p, String from, String to, String platform,
                                           String category, String paymentMethod, String province,
                                           String merchantId, String status) {
        StatisticsFilter filter = new StatisticsFilter(p.date("from", from), p.date("to", to),
                platform == null ? null : platform.trim().toUpperCase(),
                single(p.constants("category", list(category), Category.class)),
                single(p.constants("paymentMethod", list(paymentMethod), PaymentMethod.class)),
                province, merchantId == null || merchantId.isBlank() ? null
                        : (long) p.number("merchantId", merchantId, 0, 1, Integer.MAX_VALUE),
                single(p.constants("status", list(status), ComplaintStatus.class)));
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            p.reject("to", Message.of("param.toBeforeFrom"));
        }
        return filter;
    }

    private static Map<String, Object> json(Report report) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("groupBy", report.groupBy().stream().map(Dimension::apiName).toList());
        body.put("minConsumers", report.minConsumers());
        body.put("suppressedGroups", report.suppressedGroups());
        body.put("note", report.suppressionNote());
        List<String> header = ReportTable.header(report);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            Object[] values = ReportTable.values(row);
            Map<String, Object> json = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                json.put(header.get(i), values[i]);
            }
            rows.add(json);
        }
        body.put("rows", rows);
        return body;
    }

    private static List<String> list(String value) {
        return value == null ? null : List.of(value);
    }

    private static <E> E single(Set<E> values) {
        return values.isEmpty() ? null : values.iterator().next();
    }
}
