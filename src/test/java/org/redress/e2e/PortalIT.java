package org.redress.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Media;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end in real headless Chromium against the packaged jar: a staff member files a complaint and finds it;
 * a regulator cannot open it, neither in the portal nor through the API.
 */
class PortalIT {

    static PortalProcess portal;
    static Playwright playwright;
    static com.microsoft.playwright.Browser browser;

    @BeforeAll
    static void start() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!ci) {
            Assumptions.assumeTrue(Browser.available(), "Chromium is not installed at " + Browser.CHROMIUM
                    + " (apt-get install chromium fonts-noto-cjk); skipping browser tests");
        }
        portal = PortalProcess.start(150);
        playwright = Playwright.create();
        browser = Browser.launch(playwright);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void staff_files_a_complaint_and_finds_it_and_a_regulator_cannot_open_it() throws Exception {
        String caseNumber;
        try (BrowserContext context = browser.newContext(new NewContextOptions().setLocale("en-US")
                .setViewportSize(1400, 1000))) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl + "/login");
            Portal.login(page, "staff", "demo");
            page.navigate(portal.baseUrl + "/cases/new");

            page.getByLabel("Consumer name").fill("E2E 测试者");
            page.getByLabel("Phone").first().fill("13812345678");
            chooseInCombo(page, "Province", "浙江");
            Locator merchant = page.getByLabel("Merchant").first();
            merchant.fill("端到端测试直播间");
            merchant.press("Enter");
            assertThat(page.getByLabel("Merchant name")).hasValue("端到端测试直播间");
            chooseInCombo(page, "Platform", "Kuaishou", page.locator("vaadin-dialog vaadin-combo-box").first());
            page.locator("vaadin-button:has-text('Save')").last().click();
            chooseInCombo(page, "Payment method", "Use first");
            page.getByLabel("Amount paid").fill("299");
            page.getByLabel("Amount claimed").fill("299");
            chooseInCombo(page, "Category", "Merchant absconded");
            page.getByLabel("What happened").fill("直播间先用后付买的耳机没发货，商家跑路了。End-to-end test.");
            page.locator("vaadin-button:has-text('File complaint')").click();

            page.waitForURL(url -> url.matches(".*/cases/RC-\\d{4}-\\d{6}$"));
            caseNumber = page.url().substring(page.url().lastIndexOf('/') + 1);
            assertThat(page.locator("h2").first()).hasText(caseNumber);
            assertThat(page.locator(".case-fields")).containsText("E2E 测试者");

            page.navigate(portal.baseUrl + "/cases");
            Locator search = page.locator("input[placeholder='Case no., order no., ticket, phone, name']");
            search.fill(caseNumber);
            search.press("Enter");
            assertThat(page.locator(".list-total")).hasText("1 case");
            assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(caseNumber)).first()).isVisible();
            Portal.logout(page);

            Portal.login(page, "regulator", "demo");
            assertThat(page.locator(".stat-cards")).isVisible();
            page.navigate(portal.baseUrl + "/cases/" + caseNumber);
            page.waitForTimeout(1000);
            assertThat(page.locator(".case-fields")).hasCount(0);
            assertThat(page.locator("body")).not().containsText("E2E 测试者");
        }

        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(portal.baseUrl + "/api/v1/complaints/" + caseNumber))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("regulator:demo"
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).doesNotContain("E2E");
    }

    @Test
    void minutes_typed_in_a_session_are_saved_as_the_mediator_types_and_survive_a_reload() throws Exception {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String created = api("POST", "/api/v1/complaints", "staff", """
                {"receivedAt": "%s", "channel": "PHONE", "consumerName": "端到端会议", "consumerPhone": "13911118888",
                 "province": "上海", "city": "上海", "merchantName": "E2E 会议测试店", "platform": "DOUYIN",
                 "amountPaid": 88.00, "amountClaimed": 88.00, "paymentMethod": "BUY_NOW_PAY_LATER",
                 "category": "FALSE_ADVERTISING", "narrative": "端到端测试：商品与直播描述不符。"}""".formatted(today));
        String caseNumber = created.replaceAll("(?s).*\"caseNumber\":\"([^\"]+)\".*", "$1");
        String slots = api("GET", "/api/v1/sessions/free-slots?mediator=mediator&durationMinutes=60", "staff", null);
        String start = slots.replaceAll("(?s).*?\"start\":\"([^\"]+)\".*", "$1");
        String session = api("POST", "/api/v1/sessions", "staff", """
                {"caseNumber": "%s", "mediator": "mediator", "start": "%s", "durationMinutes": 60,
                 "onlineLink": "https://meet.example.cn/e2e",
                 "participants": [{"name": "端到端会议", "role": "CONSUMER", "contact": "13911118888"}]}"""
                .formatted(caseNumber, start));
        String id = session.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");

        try (BrowserContext context = browser.newContext(new NewContextOptions().setLocale("en-US")
                .setTimezoneId("Asia/Shanghai").setViewportSize(1400, 1000))) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl + "/login");
            Portal.login(page, "mediator", "demo");
            page.navigate(portal.baseUrl + "/sessions/" + id);
            Locator minutes = page.locator(".session-view vaadin-text-area textarea");
            minutes.waitFor();
            minutes.fill("消费者到场陈述；商家同意七日内全额退款。");
            assertThat(page.locator(".minutes-state")).containsText("Saved at");
            page.reload();
            page.locator(".session-view vaadin-text-area textarea").waitFor();
            assertThat(page.locator(".session-view vaadin-text-area textarea"))
                    .hasValue("消费者到场陈述；商家同意七日内全额退款。");
        }
    }

    /**
     * Hostile text filed by a partner or typed by a user is shown as text in every view that shows it: the browser
     * opens no dialog and runs no script (the search page once ran a narrative's script for staff and admin).
     */
    @Test
    void hostile_text_in_every_free_text_field_runs_no_script_in_any_view() throws Exception {
        String hostile = "<img src=x onerror=alert(1)>";
        String quoted = "\\\"><svg onload=alert(2)>";
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String created = api("POST", "/api/v1/complaints", "staff", """
                {"receivedAt": "%s", "channel": "PARTNER_PLATFORM", "consumerName": "%s", "consumerPhone": "13911117777",
                 "province": "%s", "city": "杭州", "merchantName": "恶意%s直播间", "platform": "DOUYIN",
                 "orderNumber": "%s", "amountPaid": 66.00, "amountClaimed": 66.00, "paymentMethod": "BUY_NOW_PAY_LATER",
                 "category": "FALSE_ADVERTISING", "narrative": "%s 商品与直播描述不符 %s"}"""
                .formatted(today, quoted, hostile, hostile, hostile, hostile, quoted));
        String caseNumber = created.replaceAll("(?s).*\"caseNumber\":\"([^\"]+)\".*", "$1");
        String merchantId = created.replaceAll("(?s).*\"merchantId\":(\\d+).*", "$1");
        String agreement = api("POST", "/api/v1/agreements", "mediator", """
                {"caseNumber": "%s", "recitals": "%s 经调解达成协议", "obligations": [{"debtor": "MERCHANT",
                 "creditor": "CONSUMER", "kind": "REFUND", "amount": 66.00, "dueDate": "%s", "description": "%s"}]}"""
                .formatted(caseNumber, hostile, today, quoted));
        String agreementId = agreement.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");
        String slots = api("GET", "/api/v1/sessions/free-slots?mediator=mediator&durationMinutes=30", "staff", null);
        String start = slots.replaceAll("(?s).*?\"start\":\"([^\"]+)\".*", "$1");
        String session = api("POST", "/api/v1/sessions", "staff", """
                {"caseNumber": "%s", "mediator": "mediator", "start": "%s", "durationMinutes": 30,
                 "onlineLink": "https://meet.example.cn/x", "agenda": "%s",
                 "participants": [{"name": "%s", "role": "CONSUMER", "contact": "13911117777"}]}"""
                .formatted(caseNumber, start, hostile, quoted));
        String sessionId = session.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");

        try (BrowserContext context = browser.newContext(new NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1440, 1000))) {
            List<String> dialogs = new CopyOnWriteArrayList<>();
            context.onPage(p -> p.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            }));
            Page page = context.newPage();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            page.navigate(portal.baseUrl + "/login");
            Portal.login(page, "admin", "demo");
            for (String view : List.of("/search?q=%E8%B7%91%E8%B7%AF", "/search?q=%E4%B8%8D%E7%AC%A6",
                    "/search?merchant=" + merchantId, "/cases", "/cases/" + caseNumber, "/merchants",
                    "/merchants/" + merchantId, "/agreements/" + agreementId, "/sessions/" + sessionId, "/sessions",
                    "/calendar", "/duplicates", "/disputes")) {
                page.navigate(portal.baseUrl + view);
                page.waitForLoadState(LoadState.NETWORKIDLE);
                page.waitForTimeout(600);
                assertThat(page.locator("img[src=x], svg[onload]")).hasCount(0);
                assertThat(page.url()).as("sessions are tracked by cookie only").doesNotContain(";jsessionid");
            }
            page.navigate(portal.baseUrl + "/cases/" + caseNumber);
            assertThat(page.locator("body")).containsText("onerror=alert(1)");
            Assertions.assertThat(dialogs).as("dialogs opened by injected script").isEmpty();
        }
    }

    @Test
    void a_merchant_answers_in_its_workspace_and_reaches_no_staff_page_or_endpoint() throws Exception {
        String password = "demo-respond";
        try (BrowserContext context = browser.newContext(new NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1400, 1000))) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl + "/login");
            Portal.login(page, "shop", password);
            page.waitForURL(url -> url.endsWith("/respondent"));
            assertThat(page.locator("vaadin-side-nav-item")).hasCount(1);
            page.locator(".respondent-view vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("RC-")).first().click();
            page.locator(".respondent-view vaadin-select").filter(new Locator.FilterOptions()
                    .setHasText("处理结果")).click();
            page.locator("vaadin-select-item:has-text('已办结，作出解释')").click();
            page.getByLabel("说明").fill("该订单已按约发货并签收，签收记录见物流单号 SF1234567890。");
            page.locator("vaadin-button:has-text('提交答复')").click();
            assertThat(page.locator("vaadin-notification-card")).containsText("已提交");

            for (String staffPage : List.of("/cases", "/referrals", "/notices", "/statistics", "/admin/users")) {
                page.navigate(portal.baseUrl + staffPage);
                assertThat(page.locator("h2").first()).hasText("您的角色无权打开此页");
            }
        }
        for (String endpoint : List.of("/api/v1/complaints?size=5", "/api/v1/referrals", "/api/v1/notices",
                "/api/v1/statistics", "/api/v1/complaints/search?q=%E8%B7%91%E8%B7%AF")) {
            HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(portal.baseUrl + endpoint)).header("Authorization", "Basic "
                            + Base64.getEncoder().encodeToString(("shop:" + password).getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(refused.statusCode()).as(endpoint).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("json");
        }
    }

    private static String api(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.baseUrl + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                        .getBytes(StandardCharsets.UTF_8)));
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 300) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    @Test
    void wrongPasswordsPauseSignInFromThisDeviceWithOneMessageAndNoCrossSiteLogin() throws Exception {
        try (BrowserContext context = browser.newContext(new NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl + "/login");
            for (int attempt = 0; attempt < 6; attempt++) {
                page.fill("vaadin-login-form input[name=username]", "mediator2");
                page.fill("vaadin-login-form input[name=password]", attempt < 5 ? "wrong-password" : "demo");
                page.locator("vaadin-login-form vaadin-button").first().click();
                assertThat(page.getByText("Sign-in failed").first()).isVisible();
            }
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
        }
        // Another site making the browser post the login form (no CSRF token) signs nobody in.
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(portal.baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=staff&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void screenshots_of_the_main_views_in_both_languages() throws Exception {
        Path out = Path.of("target", "screenshots");
        ScreenshotTour.take(portal.baseUrl, out, "zh-CN");
        ScreenshotTour.take(portal.baseUrl, out, "en-US");
        assertThat(out.resolve("zh-CN-05-case-detail.png")).exists();
        assertThat(out.resolve("en-US-07-users.png")).exists();
    }

    @Test
    void on_a_phone_nothing_reaches_past_the_screen_and_a_case_prints_without_the_portal_around_it()
            throws Exception {
        Path out = Path.of("target", "screenshots");
        Map<String, String> overflow = PhoneTour.take(portal.baseUrl, out, "zh-CN");
        assertThat(overflow).containsOnlyKeys("case-list", "case", "search", "intake", "session", "agreement")
                .allSatisfy((page, pixels) -> assertThat(pixels).as(page).isEqualTo("0"));

        try (BrowserContext context = browser.newContext(new NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1200, 900))) {
            Page page = context.newPage();
            page.navigate(portal.baseUrl + "/login");
            Portal.login(page, "mediator", "demo");
            page.waitForSelector("vaadin-grid");
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("RC-")).first()
                    .click();
            page.waitForSelector(".case-fields");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.locator(".app-navbar").isVisible()).as("the header is not printed").isFalse();
            assertThat(page.locator(".case-actions").isVisible()).as("buttons are not printed").isFalse();
            page.pdf(new Page.PdfOptions().setPath(out.resolve("print-case.pdf")).setFormat("A4"));
            assertThat(out.resolve("print-case.pdf")).isNotEmptyFile();
        }
    }

    private static void chooseInCombo(Page page, String label, String text) {
        chooseInCombo(page, label, text, page.locator("vaadin-combo-box").filter(new Locator.FilterOptions()
                .setHas(page.locator("label", new Page.LocatorOptions().setHasText(label)))).first());
    }

    private static void chooseInCombo(Page page, String label, String text, Locator combo) {
        Locator input = combo.locator("input");
        input.click();
        input.fill(text);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }
}
