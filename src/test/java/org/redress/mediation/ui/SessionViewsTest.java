package org.redress.mediation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.ui.CaseDetailView;
import org.redress.mediation.ParticipantRequest;
import org.redress.mediation.ParticipantRole;
import org.redress.mediation.RoomService;
import org.redress.mediation.SessionBooking;
import org.redress.mediation.SessionConduct;
import org.redress.mediation.SessionDetails;
import org.redress.mediation.SessionOutcome;
import org.redress.mediation.SessionQueries;
import org.redress.mediation.SessionRequest;
import org.redress.security.AccountProvisioning;
import org.redress.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Scheduling from a case page, a refused booking that keeps the form, running a session and the calendar. */
@RedressTest
class SessionViewsTest extends SpringBrowserlessTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    SessionQueries sessions;
    @Autowired
    SessionBooking booking;
    @Autowired
    SessionConduct conduct;
    @Autowired
    RoomService rooms;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    TestData data;

    private static LocalDate thursday() {
        return LocalDate.now().plusYears(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
    }

    private String setUp(String mediator) {
        TestData.asAdmin(() -> accounts.ensureAccount(mediator, mediator, "Mediator-Pass-2026",
                Set.of(Role.MEDIATOR)));
        return TestData.asAdminGet(() -> complaints.file(TestData.draft(
                data.merchant("视图排期店" + System.nanoTime()).id())).caseNumber());
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void aSessionIsScheduledFromTheCasePageAndAClashKeepsWhatWasTyped() {
        String caseNumber = setUp("view-mediator-a");
        String room = "视图调解室" + System.nanoTime() % 10000;
        TestData.asAdmin(() -> rooms.save(null, room, 6, null, true));

        navigate("cases/" + caseNumber, CaseDetailView.class);
        SessionsPanel panel = find(SessionsPanel.class).single();
        ScheduleSessionDialog dialog = panel.openDialog();
        roundTrip();
        assertThat(dialog.rows).extracting(r -> r.role.getValue())
                .containsExactly(ParticipantRole.CONSUMER, ParticipantRole.MERCHANT);
        test(dialog.save).click();
        assertThat(dialog.mediator.isInvalid()).as("mediator required").isTrue();
        assertThat(dialog.isOpened()).isTrue();

        dialog.mediator.setValue("view-mediator-a");
        dialog.start.setValue(LocalDateTime.of(thursday(), LocalTime.of(10, 0)));
        dialog.room.setValue(rooms.active().stream().filter(r -> r.getName().equals(room)).findFirst().orElseThrow());
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(panel.grid).size()).isEqualTo(1);
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.IN_MEDIATION);

        ScheduleSessionDialog second = panel.openDialog();
        roundTrip();
        second.mediator.setValue("view-mediator-a");
        second.start.setValue(LocalDateTime.of(thursday(), LocalTime.of(10, 30)));
        second.agenda.setValue("第二次调解：核对退款");
        second.online.setValue(true);
        second.onlineLink.setValue("https://meet.example.cn/x");
        test(second.save).click();
        assertThat(second.isOpened()).as("a clash keeps the dialog open").isTrue();
        assertThat(second.clashes.isVisible()).isTrue();
        assertThat(second.clashes.getElement().getTextRecursively()).contains("view-mediator-a");
        assertThat(second.agenda.getValue()).isEqualTo("第二次调解：核对退款");

        second.suggest();
        assertThat(second.proposals.getChildren()).as("free slots offered as buttons")
                .anyMatch(c -> c instanceof Button);
    }

    @Test
    @WithMockUser(username = "view-mediator-b", roles = "MEDIATOR")
    void theMediatorKeepsMinutesConfirmsNoConflictAndRecordsTheOutcome() {
        String caseNumber = setUp("view-mediator-b");
        SessionDetails session = booking.schedule(new SessionRequest(caseNumber, null, "view-mediator-b",
                thursday().atTime(14, 0).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime(), 60, null,
                "https://meet.example.cn/b", null, List.of(new ParticipantRequest("王芳", ParticipantRole.CONSUMER,
                "13812345678"))));

        SessionView view = navigate("sessions/" + session.id(), SessionView.class);
        assertThat(view.title.getText()).contains(caseNumber);
        test(view.minutesEditor.minutes).setValue("消费者陈述：商品与直播描述不符。");
        assertThat(sessions.get(session.id()).minutes()).isEqualTo("消费者陈述：商品与直播描述不符。");
        assertThat(view.minutesEditor.minutesState.getText()).startsWith("Saved at");

        view.outcomeForm.outcome.setValue(SessionOutcome.AGREEMENT_REACHED);
        test(view.outcomeForm.outcomeNote).setValue("双方当场达成一致");
        test(view.outcomeForm.recordOutcome).click();
        assertThat(sessions.get(session.id()).outcome()).as("no outcome before the no-conflict confirmation")
                .isNull();
        test(view.noConflict).click();
        assertThat(sessions.get(session.id()).noConflictConfirmedBy()).isEqualTo("view-mediator-b");
        assertThat(view.outcomeForm.outcome.getValue()).as("what was typed survives the confirmation")
                .isEqualTo(SessionOutcome.AGREEMENT_REACHED);
        assertThat(view.outcomeForm.outcomeNote.getValue()).isEqualTo("双方当场达成一致");

        view.outcomeForm.outcome.setValue(SessionOutcome.ADJOURNED);
        test(view.outcomeForm.recordOutcome).click();
        assertThat(view.outcomeForm.nextDate.isInvalid()).as("adjourned needs the next date").isTrue();
        view.outcomeForm.outcome.setValue(SessionOutcome.AGREEMENT_REACHED);
        assertThat(view.outcomeForm.earlyReason.isVisible()).as("the session lies ahead").isTrue();
        test(view.outcomeForm.recordOutcome).click();
        assertThat(view.outcomeForm.earlyReason.isInvalid()).as("an early outcome needs its reason").isTrue();
        assertThat(sessions.get(session.id()).outcome()).isNull();
        test(view.outcomeForm.earlyReason).setValue("双方提前到场");
        test(view.outcomeForm.recordOutcome).click();
        assertThat(sessions.get(session.id()).outcome()).isEqualTo(SessionOutcome.AGREEMENT_REACHED);
        assertThat(find(Button.class).withText("Draft the agreement from this session").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "view-mediator-d", roles = "MEDIATOR")
    void cancellingNeedsAReasonAndKeepsItOnTheSession() {
        String caseNumber = setUp("view-mediator-d");
        SessionDetails session = booking.schedule(new SessionRequest(caseNumber, null, "view-mediator-d",
                thursday().atTime(11, 0).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime(), 30, null,
                "https://meet.example.cn/d", null, List.of(new ParticipantRequest("李雷", ParticipantRole.CONSUMER,
                "13812340000"))));
        SessionView view = navigate("sessions/" + session.id(), SessionView.class);
        view.openCancel();
        TextArea reason = find(TextArea.class).withCaption("Reason").single();
        test(find(Button.class).withText("Cancel session").last()).click();
        assertThat(reason.isInvalid()).as("a reason is required").isTrue();
        assertThat(sessions.get(session.id()).status().name()).isEqualTo("SCHEDULED");
        reason.setValue("商家申请延期");
        test(find(Button.class).withText("Cancel session").last()).click();
        assertThat(sessions.get(session.id()).status().name()).isEqualTo("CANCELLED");
    }

    @Test
    @WithMockUser(username = "view-mediator-c", roles = "MEDIATOR")
    void theCalendarShowsTheMediatorsWeekWithSessionsAndFreeStretches() {
        String caseNumber = setUp("view-mediator-c");
        SessionDetails session = booking.schedule(new SessionRequest(caseNumber, null, "view-mediator-c",
                thursday().atTime(9, 30).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime(), 90, null,
                "https://meet.example.cn/c", null, List.of(new ParticipantRequest("李雷", ParticipantRole.CONSUMER,
                null))));

        UI.getCurrent().navigate(CalendarView.class,
                QueryParameters.simple(Map.of("mediator", "view-mediator-c",
                        "mode", "week", "date", thursday().toString())));
        CalendarView calendar = (CalendarView) getCurrentView();
        assertThat(calendar.mediator.getValue()).isEqualTo("view-mediator-c");
        List<Anchor> events = find(Anchor.class).all().stream()
                .filter(a -> a.getClassNames().contains("cal-event")).toList();
        assertThat(events).singleElement().satisfies(a -> {
            assertThat(a.getHref()).isEqualTo("sessions/" + session.id());
            assertThat(a.getElement().getTextRecursively()).contains("09:30–11:00").contains(caseNumber);
        });
        assertThat(calendar.grid.getElement().getTextRecursively()).contains("Free 11:15–18:00")
                .contains("Weekend");
    }

    @Test
    @WithMockUser(username = "view-mediator-d", roles = "MEDIATOR")
    void theSessionsPageListsTheComingSessionsAndGivesTheMediatorTheirFeedAddress() {
        String caseNumber = setUp("view-mediator-d");
        booking.schedule(new SessionRequest(caseNumber, null, "view-mediator-d",
                LocalDate.now().plusDays(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)).atTime(15, 0)
                        .atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime(), 60, null,
                "https://meet.example.cn/d", null, List.of(new ParticipantRequest("韩梅", ParticipantRole.CONSUMER,
                "13812340000"))));
        SessionsView view = navigate(SessionsView.class);
        assertThat(view.feedAddress.getValue()).contains("/api/v1/sessions/feeds/view-mediator-d.ics?token=");
        assertThat(test(view.upcoming).size()).isPositive();
        assertThat(view.unconfirmed.isVisible()).as("韩梅 has not confirmed").isTrue();
    }
}
