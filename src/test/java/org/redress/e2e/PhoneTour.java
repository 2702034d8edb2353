package org.redress.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages used at a walk-in desk, on a phone (390 x 844): each is shot and measured for horizontal overflow of the
 * page itself (a grid may scroll sideways inside its own box). {@code java -cp <test classpath>
 * org.redress.e2e.PhoneTour http://localhost:8080 target/screenshots} prints the overflow per page.
 */
public final class PhoneTour {

    static final int WIDTH = 390;
    static final int HEIGHT = 844;

    /**
     * How far anything on the page (outside grids, which scroll sideways in their own box, and overlays) reaches
     * past the right edge of the screen, in CSS pixels: 0 when nothing is cut off or scrolls the page sideways.
     */
    static final String OVERFLOW = """
            () => {
              const width = document.documentElement.clientWidth;
              let worst = 0;
              for (const e of document.querySelectorAll('body *')) {
                if (e.closest('vaadin-grid, vaadin-dialog-overlay, vaadin-notification-container, vaadin-tooltip-overlay,'
                    + ' vaadin-combo-box-overlay, vaadin-select-overlay, [slot=drawer], vaadin-date-picker-overlay')) continue;
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) continue;
                worst = Math.max(worst, r.right - width);
              }
              return Math.round(worst);
            }""";

    /** What reaches furthest past the right edge, to say what to fix. */
    static final String CULPRIT = """
            () => {
              const width = document.documentElement.clientWidth;
              let worst = 0, name = '';
              for (const e of document.querySelectorAll('body *')) {
                if (e.closest('vaadin-grid, vaadin-dialog-overlay, vaadin-notification-container, vaadin-tooltip-overlay,'
                    + ' vaadin-combo-box-overlay, vaadin-select-overlay, [slot=drawer], vaadin-date-picker-overlay')) continue;
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) continue;
                if (r.right - width > worst) {
                  worst = r.right - width;
                  name = e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' "'
                      + (e.textContent || '').trim().slice(0, 40) + '"';
                }
              }
              return name;
            }""";

    private PhoneTour() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        Path out = Path.of(args.length > 1 ? args[1] : "target/screenshots");
        take(base, out, "zh-CN").forEach((page, overflow) -> System.out.println(page + ": " + overflow));
    }

    /** Shoots the pages and answers each page's horizontal overflow. */
    static Map<String, String> take(String base, Path out, String locale) throws Exception {
        Files.createDirectories(out);
        Map<String, String> overflow = new LinkedHashMap<>();
        try (Playwright playwright = Playwright.create();
             var browser = Browser.launch(playwright);
             var context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                     .setViewportSize(WIDTH, HEIGHT).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true)
                     .setLocale(locale).setTimezoneId("Asia/Shanghai"))) {
            Page page = context.newPage();
            page.navigate(base + "/login");
            page.waitForSelector("vaadin-login-form");
            Portal.login(page, "mediator", "demo");
            page.waitForSelector("vaadin-grid");
            page.waitForTimeout(1200);
            overflow.put("case-list", shot(page, out, locale + "-390-01-case-list"));
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("RC-")).first().click();
            page.waitForSelector(".case-fields");
            page.waitForTimeout(800);
            overflow.put("case", shot(page, out, locale + "-390-02-case"));
            visit(page, base + "/search?q=%E8%B7%91%E8%B7%AF", ".hit-snippet", 800);
            overflow.put("search", shot(page, out, locale + "-390-03-search"));
            visit(page, base + "/cases/new", "vaadin-form-layout", 800);
            overflow.put("intake", shot(page, out, locale + "-390-04-intake"));
            visit(page, base + "/sessions", ".sessions-view", 1000);
            if (page.locator(".sessions-view vaadin-grid-cell-content a, .sessions-view vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText("#")).count() > 0) {
                page.locator(".sessions-view vaadin-grid-cell-content").filter(
                        new Locator.FilterOptions().setHasText("#")).first().click();
                page.waitForTimeout(1000);
            } else {
                visit(page, base + "/sessions/1", ".session-view", 1000);
            }
            overflow.put("session", shot(page, out, locale + "-390-05-session"));
            visit(page, base + "/agreements/1", ".agreement-view", 1000);
            overflow.put("agreement", shot(page, out, locale + "-390-06-agreement"));
        }
        return overflow;
    }

    private static void visit(Page page, String url, String readySelector, int settleMillis) {
        page.navigate(url);
        page.waitForSelector(readySelector);
        page.waitForTimeout(settleMillis);
    }

    /** Shoots the page; answers "0" or the overflow in pixels with what causes it. */
    private static String shot(Page page, Path out, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(name + ".png")).setFullPage(true));
        int overflow = ((Number) page.evaluate(OVERFLOW)).intValue();
        return overflow <= 0 ? "0" : overflow + " px: " + page.evaluate(CULPRIT);
    }
}
