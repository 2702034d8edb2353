package org.redress.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Takes screenshots of the main views of a running portal, for a person to look at:
 * {@code java -cp <test classpath> org.redress.e2e.ScreenshotTour http://localhost:8080 target/screenshots [locale]}.
 * The end-to-end suite runs it against the packaged jar too.
 */
public final class ScreenshotTour {

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        Path out = Path.of(args.length > 1 ? args[1] : "target/screenshots");
        String locale = args.length > 2 ? args[2] : "zh-CN";
        take(base, out, locale);
    }

    static void take(String base, Path out, String locale) throws Exception {
        Files.createDirectories(out);
        try (Playwright playwright = Playwright.create();
             var browser = Browser.launch(playwright);
             var context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                     .setViewportSize(1440, 900).setLocale(locale).setTimezoneId("Asia/Shanghai"))) {
            Page page = context.newPage();
            page.navigate(base + "/login");
            page.waitForSelector("vaadin-login-form");
            shot(page, out, locale + "-01-login");
            Portal.login(page, "staff", "demo");
            page.waitForSelector("vaadin-grid");
            page.waitForTimeout(1500);
            shot(page, out, locale + "-02-case-list");
            visit(page, base + "/cases/new", "vaadin-form-layout", 800, out, locale + "-03-intake");
            page.locator("vaadin-button:has-text('" + (locale.startsWith("zh") ? "登记投诉" : "File complaint") + "')")
                    .last().click();
            page.waitForTimeout(800);
            shot(page, out, locale + "-04-intake-errors");
            page.navigate(base + "/cases");
            page.waitForSelector("vaadin-grid");
            page.waitForTimeout(1000);
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("RC-")).first().click();
            page.waitForSelector(".case-fields");
            page.waitForTimeout(800);
            shot(page, out, locale + "-05-case-detail");
            visit(page, base + "/search?q=" + URLEncoder.encode("跑路", StandardCharsets.UTF_8), ".hit-snippet mark", 500, out, locale + "-08-search");
            visit(page, base + "/merchants", "vaadin-grid", 800, out, locale + "-09-merchants");
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("直播间")).first().click();
            page.waitForSelector(".echart canvas");
            page.waitForTimeout(800);
            shot(page, out, locale + "-10-merchant-profile");
            page.navigate(base + "/duplicates");
            page.waitForSelector("vaadin-grid");
            page.waitForTimeout(1500);
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("RC-")).first().click();
            page.waitForSelector(".compare-panel");
            page.waitForTimeout(800);
            shot(page, out, locale + "-11-duplicates");
            visit(page, base + "/disputes", "vaadin-grid", 1000, out, locale + "-12-disputes");
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("CD-")).first().click();
            page.waitForSelector(".dispute-view");
            page.waitForTimeout(1200);
            shot(page, out, locale + "-13-dispute");
            String soon = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString();
            visit(page, base + "/sessions", ".sessions-view vaadin-grid:visible", 1000, out, locale + "-14-sessions");
            visit(page, base + "/calendar?mediator=*&mode=day&date=" + soon, ".cal-grid", 800, out, locale + "-15-calendar-all-mediators");
            Portal.logout(page);
            Portal.login(page, "mediator", "demo");
            page.waitForSelector("vaadin-grid");
            visit(page, base + "/calendar?mediator=mediator&mode=week&date=" + soon, ".cal-grid", 800, out, locale + "-16-calendar-week");
            if (page.locator(".cal-event").count() > 0) {
                page.locator(".cal-event").first().click();
                page.waitForSelector(".session-view");
                page.waitForTimeout(800);
                shot(page, out, locale + "-17-session");
            }
            visit(page, base + "/agreements/follow-up", ".follow-up-view", 800, out, locale + "-18-follow-up");
            visit(page, base + "/agreements/1", ".agreement-view", 800, out, locale + "-19-agreement");
            page.navigate(base + "/cases");
            page.waitForSelector("vaadin-grid");
            page.waitForTimeout(800);
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("RC-")).first().click();
            page.waitForSelector(".case-fields");
            page.locator(".agreements-panel vaadin-button").first().click();
            page.waitForSelector(".agreement-editor");
            page.waitForTimeout(800);
            shot(page, out, locale + "-20-agreement-editor");
            Portal.logout(page);
            Portal.login(page, "regulator", "demo");
            page.waitForSelector(".stat-cards");
            page.waitForSelector(".chart-panel .echart canvas");
            page.waitForTimeout(1500);
            shot(page, out, locale + "-06-statistics");
            // The dashboard scrolls inside the app layout; a tall viewport shows all of it in one picture.
            page.setViewportSize(1440, 3400);
            page.waitForTimeout(1500);
            shot(page, out, locale + "-06b-statistics-full");
            page.setViewportSize(1440, 900);
            Portal.logout(page);
            Portal.login(page, "admin", "demo");
            visit(page, base + "/admin/users", "vaadin-grid", 800, out, locale + "-07-users");
        }
    }

    /** Opens a page, waits for what shows it is ready and a moment for charts and grids to settle, and shoots it. */
    private static void visit(Page page, String url, String readySelector, int settleMillis, Path out, String name) {
        page.navigate(url);
        page.waitForSelector(readySelector);
        page.waitForTimeout(settleMillis);
        shot(page, out, name);
    }

    private static void shot(Page page, Path out, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(name + ".png")).setFullPage(true));
    }
}
