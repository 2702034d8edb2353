package org.redress.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.complaint.ComplaintService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every page, opened in Chinese, shows no English sentence: words of three letters or more, two or more in a row,
 * are reported unless they are names the portal shows as they are (brand, codes, e-mail addresses).
 */
@RedressTest
class ChineseWalkTest extends SpringBrowserlessTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    TestData data;

    // Words joined by spaces or commas; a hyphen joins login names (case-mediator), which are data.
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,}(?:[ ,'’]+[A-Za-z]{2,})+");
    private static final Set<String> ALLOWED = Set.of("Redress", "SHA-256", "UTF-8", "CSV UTF-8", "Excel");

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void every_page_opened_in_chinese_shows_no_english_sentence() {
        VaadinSession.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        List<String> found = new ArrayList<>();
        List<String> visited = new ArrayList<>();
        String caseNumber = complaints.file(TestData.draft(data.merchant("中文巡检店").id())).caseNumber();
        List<String> paths = new ArrayList<>(RouteConfiguration.forSessionScope().getAvailableRoutes().stream()
                .map(route -> route.getTemplate())
                .filter(path -> !path.contains(":") && !path.equals("login")).toList());
        paths.add("cases/" + caseNumber);
        paths.add("cases/" + caseNumber + "/edit");
        for (String path : paths) {
            // Through another page, so that the view is built anew in the language now set.
            UI.getCurrent().navigate("no-such-page");
            UI.getCurrent().navigate(path);
            String text = getCurrentView().getElement().getTextRecursively();
            visited.add("/" + path + " (" + getCurrentView().getClass().getSimpleName() + "): "
                    + text.substring(0, Math.min(60, text.length())).replace('\n', ' '));
            assertThat(text).as("/" + path + " is in Chinese").containsPattern("\\p{IsHan}");
            Set<String> english = new TreeSet<>();
            Matcher m = ENGLISH.matcher(text);
            while (m.find()) {
                // File types ("jpg, pdf, png") are written as the files carry them.
                boolean fileTypes = m.group().matches("[a-z0-9]{2,4}(?:, [a-z0-9]{2,4})+");
                if (!fileTypes && ALLOWED.stream().noneMatch(m.group()::contains)) {
                    english.add(m.group());
                }
            }
            if (!english.isEmpty()) {
                found.add("/" + path + ": " + english);
            }
        }
        assertThat(visited).as("pages visited").hasSizeGreaterThan(12);
        assertThat(found).as("English on Chinese pages").isEmpty();
    }
}
