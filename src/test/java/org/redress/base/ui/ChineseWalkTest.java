package org.redress.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.agreement.AgreementDraft;
import org.redress.agreement.AgreementDrafting;
import org.redress.agreement.CollectiveSettlement;
import org.redress.agreement.SettlementTerms;
import org.redress.agreement.ObligationKind;
import org.redress.agreement.ObligationLine;
import org.redress.agreement.ui.AgreementEditorView;
import org.redress.base.Texts;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ui.IntakeView;
import org.redress.dispute.ConsentDecision;
import org.redress.dispute.DisputeConsents;
import org.redress.dispute.DisputeService;
import org.redress.dispute.NewDispute;
import org.redress.mediation.ParticipantRequest;
import org.redress.mediation.ParticipantRole;
import org.redress.mediation.SessionBooking;
import org.redress.mediation.SessionRequest;
import org.redress.security.AccountProvisioning;
import org.redress.security.Role;
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
    @Autowired
    DisputeService disputes;
    @Autowired
    SessionBooking booking;
    @Autowired
    AgreementDrafting drafting;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    DisputeConsents consents;
    @Autowired
    CollectiveSettlement settlement;

    // Words joined by spaces or commas; a hyphen joins login names (case-mediator), which are data.
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,}(?:[ ,'’]+[A-Za-z]{2,})+");
    private static final Set<String> ALLOWED = Set.of("Redress", "SHA-256", "UTF-8", "CSV UTF-8", "Excel",
            "caseNumber,decision,date,channel", "caseNumber,amount,paidOn,reference");

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void every_page_opened_in_chinese_shows_no_english_sentence() {
        chinese();
        List<String> found = new ArrayList<>();
        List<String> visited = new ArrayList<>();
        String caseNumber = complaints.file(TestData.draft(data.merchant("中文巡检店").id())).caseNumber();
        List<String> paths = new ArrayList<>(RouteConfiguration.forSessionScope().getAvailableRoutes().stream()
                .map(route -> route.getTemplate())
                .filter(path -> !path.contains(":") && !path.equals("login") && !path.equals("respondent"))
                .toList());
        paths.add("cases/" + caseNumber);
        paths.add("cases/" + caseNumber + "/edit");
        paths.addAll(pagesWithParameters(caseNumber));
        for (String path : paths) {
            // Through another page, so that the view is built anew in the language now set.
            UI.getCurrent().navigate("no-such-page");
            int query = path.indexOf('?');
            if (query < 0) {
                UI.getCurrent().navigate(path);
            } else {
                UI.getCurrent().navigate(path.substring(0, query), QueryParameters.fromString(path.substring(query + 1)));
            }
            assertThat(getCurrentView()).as("/" + path + " opens").isNotInstanceOfAny(MissingPageView.class,
                    ForbiddenPageView.class);
            String text = getCurrentView().getElement().getTextRecursively();
            visited.add("/" + path + " (" + getCurrentView().getClass().getSimpleName() + "): "
                    + text.substring(0, Math.min(60, text.length())).replace('\n', ' '));
            assertThat(text).as("/" + path + " is in Chinese").containsPattern("\\p{IsHan}");
            Set<String> english = english(text);
            if (!english.isEmpty()) {
                found.add("/" + path + ": " + english);
            }
        }
        assertThat(visited).as("pages visited").hasSizeGreaterThan(18);
        assertThat(found).as("English on Chinese pages").isEmpty();
    }

    /** A class dispute, a session, a draft and a binding agreement, each on its own page and editor. */
    private List<String> pagesWithParameters(String caseNumber) {
        String member = complaints.file(TestData.draft(data.merchant("中文巡检集体店").id())).caseNumber();
        var dispute = disputes.create(new NewDispute("中文巡检集体纠纷", complaints.get(member).merchantId(), null,
                null, null, List.of(member)));
        accounts.ensureAccount("walk-mediator", "巡检调解员", "Walk-Mediator-2026", Set.of(Role.MEDIATOR));
        var session = booking.schedule(new SessionRequest(caseNumber, null, "walk-mediator",
                LocalDate.now().plusYears(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)).atTime(10, 0)
                        .atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime(), 60, null, "https://meet.example.cn/z",
                null, List.of(new ParticipantRequest("王芳", ParticipantRole.CONSUMER, "13812345678"))));
        var draft = drafting.draft(new AgreementDraft(caseNumber, null, null, null, List.of(new ObligationLine(
                "MERCHANT", "CONSUMER", ObligationKind.REFUND, new BigDecimal("99.00"), LocalDate.now().plusDays(7),
                "原路退回"))));
        consents.record(dispute.id(), member, ConsentDecision.GIVEN, LocalDate.now(), Channel.PHONE);
        var collective = settlement.draft(new SettlementTerms(dispute.id(), null, null, 3,
                LocalDate.now().plusDays(10), 1, null));
        return List.of("disputes/" + dispute.id(), "sessions/" + session.id(), "agreements/" + draft.id(),
                "agreements/" + collective.id(),
                "agreements/" + draft.id() + "/edit", "agreements/new?case=" + caseNumber,
                "merchants/" + complaints.get(caseNumber).merchantId(), "duplicates?case=" + caseNumber);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void refusals_and_bad_input_are_explained_in_chinese() {
        chinese();
        List<String> found = new ArrayList<>();
        IntakeView intake = navigate(IntakeView.class);
        click("intake.save");
        check(found, "intake with nothing typed", intake);
        String caseNumber = complaints.file(TestData.draft(data.merchant("中文错误巡检店").id())).caseNumber();
        UI.getCurrent().navigate("agreements/new", QueryParameters.simple(Map.of("case", caseNumber)));
        AgreementEditorView editor = (AgreementEditorView) getCurrentView();
        click("agreement.saveVersion");
        check(found, "agreement without an amount", editor);
        assertThat(countInvalid()).as("the editor marks the missing amount").isPositive();
        assertThat(found).as("English in Chinese refusals and field errors").isEmpty();
    }

    private void click(String key) {
        test(find(Button.class).withText(Texts.render(key, Locale.SIMPLIFIED_CHINESE)).first()).click();
    }

    private long countInvalid() {
        return find(Component.class).all().stream().filter(c -> c instanceof HasValidation v && v.isInvalid())
                .count();
    }

    private void check(List<String> found, String what, Component view) {
        StringBuilder text = new StringBuilder(view.getElement().getTextRecursively());
        for (Component c : find(Component.class).all()) {
            if (c instanceof HasValidation field && field.isInvalid() && field.getErrorMessage() != null) {
                text.append(' ').append(field.getErrorMessage());
            }
            if (c instanceof Notification || c instanceof Dialog) {
                text.append(' ').append(c.getElement().getTextRecursively());
            }
        }
        Set<String> english = english(text.toString());
        if (!english.isEmpty()) {
            found.add(what + ": " + english);
        }
    }

    private static Set<String> english(String text) {
        Set<String> english = new TreeSet<>();
        Matcher m = ENGLISH.matcher(text);
        while (m.find()) {
            // File types ("jpg, pdf, png") are written as the files carry them.
            boolean fileTypes = m.group().matches("[a-z0-9]{2,4}(?:, [a-z0-9]{2,4})+");
            if (!fileTypes && ALLOWED.stream().noneMatch(m.group()::contains)) {
                english.add(m.group());
            }
        }
        return english;
    }

    private static void chinese() {
        VaadinSession.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }
}
