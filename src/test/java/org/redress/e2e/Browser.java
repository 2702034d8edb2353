package org.redress.e2e;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Launches Debian's Chromium (installed by .ci/run) through Playwright; Playwright's own browser download is not
 * possible on these machines.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("redress.chromium", "/usr/bin/chromium"));

    private Browser() {
    }

    /** Playwright told not to fetch a browser of its own, for programs run outside Maven (benchmarks). */
    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    public static com.microsoft.playwright.Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }
}
