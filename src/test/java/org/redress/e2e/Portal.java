package org.redress.e2e;

import com.microsoft.playwright.Page;

/** Steps every browser test needs: signing in and out through the real login form. */
public final class Portal {

    private Portal() {
    }

    public static void login(Page page, String username, String password) {
        if (!page.url().contains("/login")) {
            String url = page.url();
            page.navigate(url.substring(0, url.indexOf('/', url.indexOf("//") + 2)) + "/login");
        }
        page.waitForSelector("vaadin-login-form input[name=username]");
        page.fill("vaadin-login-form input[name=username]", username);
        page.fill("vaadin-login-form input[name=password]", password);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form vaadin-button[theme~=submit]")
                .first().click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    static void logout(Page page) {
        page.locator("vaadin-button:has-text('退出'), vaadin-button:has-text('Sign out')").first().click();
        page.waitForURL(url -> url.contains("/login"));
    }
}
