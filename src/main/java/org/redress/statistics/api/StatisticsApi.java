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
import org.redress.complaint.Category;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.PaymentMethod;
import org.redress.complaint.SearchParameters;
import org.redress.statistics.Dimension;
import org.redress.statistics.ExportFormat;
import org.redress.statistics.Report;
import org.redress.statistics.ReportRow;
import org.redress.statistics.ReportTable;
import org.redress.statistics.StatisticsFilter;
import org.redress.statistics.StatisticsService;
import org.springframework.http.ContentDisposition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Grouped statistics for regulators' systems: the same measures and small-cell protection as the dashboard and the
 * portal's exports, as JSON, CSV (UTF-8 with BOM) or XLSX. REGULATOR and ADMIN only (403 otherwise, from the service).
 */
@RestController
class StatisticsApi {

    private final StatisticsService statistics;

    StatisticsApi(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/statistics")
    Object statistics(@RequestParam(required = false) String groupBy,
                      @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to,
                      @RequestParam(required = false) String platform,
                      @RequestParam(required = false) String category,
                      @RequestParam(required = false) String paymentMethod,
                      @RequestParam(required = false) String province,
                      @RequestParam(required = false) String merchantId,
                      @RequestParam(required = false) String status,
                      @RequestParam(required = false) String format,
                      Principal principal, HttpServletResponse response) throws IOException {
        SearchParameters p = new SearchParameters();
        List<Dimension> dimensions = new ArrayList<>();
        for (String name : p.strings("groupBy", groupBy == null ? null : List.of(groupBy))) {
            Dimension.fromApiName(name).ifPresentOrElse(d -> {
                if (!dimensions.contains(d)) {
                    dimensions.add(d);
                }
            }, () -> p.reject("groupBy", "'" + name + "' is not one of merchant, platform, category, paymentMethod,"
                    + " province, month, status"));
        }
        StatisticsFilter filter = new StatisticsFilter(p.date("from", from), p.date("to", to),
                platform == null ? null : platform.trim().toUpperCase(),
                single(p.constants("category", list(category), Category.class)),
                single(p.constants("paymentMethod", list(paymentMethod), PaymentMethod.class)),
                province, merchantId == null || merchantId.isBlank() ? null
                        : (long) p.number("merchantId", merchantId, 0, 1, Integer.MAX_VALUE),
                single(p.constants("status", list(status), ComplaintStatus.class)));
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            p.reject("to", "Must not be before from");
        }
        String wanted = format == null || format.isBlank() ? "json" : format.trim().toLowerCase();
        if (!Set.of("json", "csv", "xlsx").contains(wanted)) {
            p.reject("format", "'" + format + "' is not one of json, csv, xlsx");
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
        statistics.writeReport(report, exportFormat, principal.getName(), response.getOutputStream());
        return null;
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
