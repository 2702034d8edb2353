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
 * The vanished-shop track at scale, over the API as the partner systems would drive it: a class of {@code members}
 * (default 1,000) complaints against one shop, referred in one act to the platform's "use first, pay later"
 * service; the service reads its referrals and answers them all by file; staff read the queue; the regulator the
 * response figures; then the service's workspace is opened in Debian's Chromium. Each step is timed.
 * Run on demand: {@code java ... org.redress.benchmark.RespondentBenchmark [members]}.
 */
public final class RespondentBenchmark {

    private static final String PROVIDER_PASSWORD = "Pause-Instalments-7";

    private RespondentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        try (BenchmarkPortal portal = BenchmarkPortal.start()) {
            Path csv = portal.writeCsv(new DemoComplaints(17, LocalDate.now(), 1), members, "RS-");
            portal.importCsv(csv);
            Files.delete(csv);
            JdbcTemplate jdbc = portal.context.getBean(JdbcTemplate.class);
            long merchant = jdbc.queryForObject("select min(merchant_id) from complaint", Long.class);
            String platform = jdbc.queryForObject("select min(platform_code) from complaint", String.class);
            List<String> cases = jdbc.queryForList("select case_number from complaint order by id", String.class);
            String dispute = portal.send("POST", "/api/v1/disputes", "application/json",
                    "{\"title\":\"商家跑路集体纠纷\",\"merchantId\":" + merchant + ",\"complaintCaseNumbers\":"
                            + Measures.json(cases) + "}", 201);
            long disputeId = Long.parseLong(Measures.field(dispute, "id"));
            portal.send("POST", "/api/v1/respondents", "application/json", "{\"kind\":\"PAYMENT_PROVIDER\","
                    + "\"providerName\":\"先用后付\",\"platformCode\":\"" + platform + "\",\"username\":\"paylater\","
                    + "\"password\":\"" + PROVIDER_PASSWORD + "\"}", 201);
            String provider = BenchmarkPortal.basic("paylater", PROVIDER_PASSWORD);
            System.out.printf("%,d complaints against merchant %d on %s in dispute %d%n", cases.size(), merchant,
                    platform, disputeId);

            long t = System.nanoTime();
            String referred = portal.send("POST", "/api/v1/disputes/" + disputeId + "/referrals", "application/json",
                    "{\"to\":\"PAYMENT_PROVIDER\",\"message\":\"商家已跑路，请暂停或取消未还分期\"}", 200);
            Measures.report("class referred to the pay-later service (" + Measures.field(referred, "done")
                    + " pay-later members)", t);

            List<String> waiting = jdbc.queryForList("select c.case_number from referral r join complaint c"
                    + " on c.id = r.complaint_id order by r.id", String.class);
            timed(10, "the service's referrals over the API (" + waiting.size() + ")",
                    () -> portal.sendAs(provider, "GET", "/api/v1/respondent/referrals", null, null, 200));
            timed(10, "staff's queue of referrals over the API",
                    () -> portal.send("GET", "/api/v1/referrals", null, null, 200));

            StringBuilder answers = new StringBuilder("caseNumber,code,amount\n");
            for (int i = 0; i < waiting.size(); i++) {
                answers.append(waiting.get(i)).append(',').append(i % 5 == 4 ? "INSTALMENTS_CANCELLED"
                        : "INSTALMENTS_PAUSED").append(",\n");
            }
            t = System.nanoTime();
            String answered = portal.sendAs(provider, "POST", "/api/v1/respondent/referrals/import", "text/csv",
                    answers.toString(), 200);
            Measures.report("answer file of " + waiting.size() + " rows (" + Measures.field(answered, "done")
                    + " answered)", t);
            timed(10, "the service's referrals with their answers over the API",
                    () -> portal.sendAs(provider, "GET", "/api/v1/respondent/referrals", null, null, 200));
            timed(10, "response statistics by provider over the API",
                    () -> portal.send("GET", "/api/v1/statistics/responses?groupBy=provider", null, null, 200));
            openWorkspace(portal);
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void timed(int times, String what, Call call) throws Exception {
        call.run();
        List<Long> took = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            call.run();
            took.add(System.nanoTime() - t);
        }
        System.out.printf("%-80s median %6.0f ms, max %6.0f ms%n", what, Measures.median(took) / 1e6,
                Collections.max(took) / 1e6);
    }

    /** Opens the service's workspace until its first rows show; the median of 5 after a warm-up. */
    private static void openWorkspace(BenchmarkPortal portal) {
        try (Playwright playwright = org.redress.e2e.Browser.playwright();
             Browser browser = org.redress.e2e.Browser.launch(playwright);
             BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl + "/login");
            Portal.login(page, "paylater", PROVIDER_PASSWORD);
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                page.navigate("about:blank");
                long t = System.nanoTime();
                page.navigate(portal.baseUrl + "/respondent");
                page.waitForSelector(".respondent-view .respondent-figures:has-text('%')");
                if (i > 0) {
                    times.add(System.nanoTime() - t);
                }
            }
            System.out.printf("the service's workspace in Chromium until its figures show: median %.0f ms, "
                    + "max %.0f ms%n", Measures.median(times) / 1e6, Collections.max(times) / 1e6);
        }
    }
}
