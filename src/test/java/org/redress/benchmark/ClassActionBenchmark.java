package org.redress.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.redress.demo.DemoComplaints;
import org.redress.e2e.Portal;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A class of {@code members} (default 1,000) complaints against one live-stream shop, taken through the class
 * workflow over the partner API as an outside system would: the dispute opened with every member, a consent file
 * imported, the collective agreement drafted from the members' shares, signed by every party until binding, a
 * payment file of one row per member matched; then the dispute page opened in Debian's Chromium. Each step is timed.
 * Run on demand: {@code java ... org.redress.benchmark.ClassActionBenchmark [members]}.
 */
public final class ClassActionBenchmark {

    private ClassActionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        try (BenchmarkPortal portal = BenchmarkPortal.start()) {
            Path csv = portal.writeCsv(new DemoComplaints(17, LocalDate.now(), 1), members, "CA-");
            portal.importCsv(csv);
            Files.delete(csv);
            JdbcTemplate jdbc = portal.context.getBean(JdbcTemplate.class);
            long merchant = jdbc.queryForObject("select min(merchant_id) from complaint", Long.class);
            List<String> cases = jdbc.queryForList("select case_number from complaint order by id", String.class);
            System.out.printf("%,d complaints against merchant %d%n", cases.size(), merchant);

            long t = System.nanoTime();
            String dispute = portal.send("POST", "/api/v1/disputes", "application/json",
                    "{\"title\":\"直播间先用后付集体纠纷\",\"merchantId\":" + merchant + ",\"complaintCaseNumbers\":"
                            + Measures.json(cases) + "}", 201);
            Measures.report("dispute opened with every member", t);
            long disputeId = Long.parseLong(Measures.field(dispute, "id"));

            StringBuilder consent = new StringBuilder("caseNumber,decision,date,channel\n");
            LocalDate today = LocalDate.now();
            for (int i = 0; i < cases.size(); i++) {
                consent.append(cases.get(i)).append(',').append(i % 10 == 9 ? "REFUSED" : "GIVEN").append(',')
                        .append(today).append(",PHONE\n");
            }
            t = System.nanoTime();
            String recorded = portal.send("POST", "/api/v1/disputes/" + disputeId + "/consents/import", "text/csv",
                    consent.toString(), 200);
            Measures.report("consent file of " + cases.size() + " rows (" + Measures.field(recorded, "recorded") + " recorded)", t);

            t = System.nanoTime();
            String agreement = portal.send("POST", "/api/v1/agreements/collective", "application/json",
                    "{\"disputeId\":" + disputeId + ",\"basis\":\"PAID\",\"percent\":100,\"instalments\":3,"
                            + "\"firstDueDate\":\"" + today.plusDays(15) + "\",\"intervalMonths\":1}", 201);
            long agreementId = Long.parseLong(Measures.field(agreement, "id"));
            Measures.report("collective agreement drafted: shares computed for the consenting members", t);

            t = System.nanoTime();
            for (String party : List.of("REPRESENTATIVE", "MERCHANT", "MEDIATOR")) {
                portal.send("POST", "/api/v1/agreements/" + agreementId + "/signatures", "application/json",
                        "{\"party\":\"" + party + "\",\"signerName\":\"某某\",\"capacity\":\"本人\","
                                + "\"method\":\"IN_PERSON\"}", 200);
            }
            Measures.report("signed by every party until binding", t);

            List<String> owed = jdbc.queryForList("select creditor from agreement_obligation where agreement_id = ?"
                    + " order by position", String.class, agreementId);
            List<String> amounts = jdbc.queryForList("select cast(amount as varchar(20)) from agreement_instalment"
                    + " where agreement_id = ? and number = 1 order by position", String.class, agreementId);
            StringBuilder paid = new StringBuilder("caseNumber,amount,paidOn,reference\n");
            for (int i = 0; i < owed.size(); i++) {
                // Most pay the first instalment exactly; every 20th pays too little, every 25th too much.
                String amount = i % 20 == 0 ? "1.00" : i % 25 == 0 ? "99999.00" : amounts.get(i);
                paid.append(owed.get(i)).append(',').append(amount).append(',').append(today).append(",BANK-")
                        .append(i).append('\n');
            }
            paid.append("RC-1999-000001,10.00,").append(today).append(",BANK-X\n");
            t = System.nanoTime();
            String matched = portal.send("POST", "/api/v1/agreements/" + agreementId + "/payments/import",
                    "text/csv", paid.toString(), 200);
            int over = matched.indexOf("\"overpaid\"");
            int under = matched.indexOf("\"underpaid\"");
            Measures.report("payment file of " + (owed.size() + 1) + " rows (" + Measures.field(matched, "matched") + " matched, "
                    + Measures.rows(matched.substring(0, over)) + " unmatched, " + Measures.rows(matched.substring(over, under))
                    + " overpaid, " + Measures.rows(matched.substring(under)) + " underpaid)", t);

            List<Long> api = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                t = System.nanoTime();
                portal.send("GET", "/api/v1/disputes/" + disputeId, null, null, 200);
                portal.send("GET", "/api/v1/disputes/" + disputeId + "/members?limit=50", null, null, 200);
                api.add(System.nanoTime() - t);
            }
            System.out.printf("dispute figures and first page of members over the API: median %.0f ms%n",
                    Measures.median(api) / 1e6);
            openPage(portal, disputeId);
        }
    }

    /** Opens the dispute page in the browser until its first member rows show; the median of 5 after a warm-up. */
    private static void openPage(BenchmarkPortal portal, long disputeId) {
        try (Playwright playwright = org.redress.e2e.Browser.playwright();
             Browser browser = org.redress.e2e.Browser.launch(playwright);
             BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl + "/login");
            Portal.login(page, "admin", BenchmarkPortal.PASSWORD);
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                page.navigate(portal.baseUrl + "/cases");
                page.waitForSelector("vaadin-grid");
                long t = System.nanoTime();
                page.navigate(portal.baseUrl + "/disputes/" + disputeId);
                page.waitForSelector(".dispute-view vaadin-grid-cell-content:has-text('RC-')");
                page.waitForSelector(".member-schedule, .agreements-panel");
                if (i > 0) {
                    times.add(System.nanoTime() - t);
                }
            }
            System.out.printf("dispute page opened in Chromium until members show: median %.0f ms, max %.0f ms%n",
                    Measures.median(times) / 1e6, Collections.max(times) / 1e6);
        }
    }
}
