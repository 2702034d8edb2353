package org.redress.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.audit.AuditRecord;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.complaint.CaseWorkflow;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.security.AccountProvisioning;
import org.redress.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** Booking rules against other bookings, races, proposals, running a session and the calendar output. */
@RedressTest
@WithMockUser(username = "coordinator", roles = "STAFF")
class SessionSchedulingTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    SessionQueries sessions;
    @Autowired
    SessionBooking booking;
    @Autowired
    SessionConduct conduct;
    @Autowired
    SessionCalendar calendar;
    @Autowired
    RoomService rooms;
    @Autowired
    MediatorTies ties;
    @Autowired
    ComplaintService complaints;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    AuditService audit;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    TestData data;

    /** A working Monday well ahead, so "the future" and the holiday list never get in the way. */
    static LocalDate monday(int weeksAhead) {
        return LocalDate.now(SHANGHAI).plusYears(1).plusWeeks(weeksAhead)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(SHANGHAI).toOffsetDateTime();
    }

    private String mediator() {
        String name = "med" + SEQ.incrementAndGet() + "x" + System.nanoTime() % 100000;
        TestData.asAdmin(() -> accounts.ensureAccount(name, name, "Mediator-Pass-2026", Set.of(Role.MEDIATOR)));
        return name;
    }

    private String room(int capacity) {
        String name = "Room " + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        TestData.asAdmin(() -> rooms.save(null, name, capacity, "3F", true));
        return name;
    }

    private String newCase(String merchant) {
        return complaints.file(TestData.draft(data.merchant(merchant + SEQ.incrementAndGet()).id())).caseNumber();
    }

    private static List<ParticipantRequest> consumerAndMerchant(String phone) {
        return List.of(new ParticipantRequest("王芳", ParticipantRole.CONSUMER, phone),
                new ParticipantRequest("店铺客服", ParticipantRole.MERCHANT, null));
    }

    private static String phone() {
        return "139" + String.format("%08d", SEQ.incrementAndGet() * 7919 % 100_000_000);
    }

    private SessionRequest request(String caseNumber, String mediator, OffsetDateTime start, int minutes, String room,
                                   List<ParticipantRequest> participants) {
        return new SessionRequest(caseNumber, null, mediator, start, minutes, room,
                room == null ? "https://meet.example.cn/r/1" : null, "核对退款金额", participants);
    }

    private List<ClashKind> refusal(SessionRequest request) {
        try {
            booking.schedule(request);
        } catch (SchedulingConflictException e) {
            return e.clashes().stream().map(Clash::kind).toList();
        }
        throw new AssertionError("The booking was accepted");
    }

    @Test
    void theFirstSessionPutsTheCaseInMediationAndIsOnItsTimeline() {
        String caseNumber = newCase("排期测试店");
        SessionDetails session = booking.schedule(request(caseNumber, mediator(), at(monday(1), 10, 0), 60,
                room(6), consumerAndMerchant(phone())));

        assertThat(session.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(session.start()).isEqualTo(at(monday(1), 10, 0));
        assertThat(session.end()).isEqualTo(at(monday(1), 11, 0));
        assertThat(complaints.get(caseNumber).status()).isEqualTo(ComplaintStatus.IN_MEDIATION);
        assertThat(audit.timeline(AuditSubject.COMPLAINT, complaints.get(caseNumber).id()))
                .extracting(AuditRecord::action).contains("SESSION_SCHEDULED", "STATUS_CHANGED");
    }

    @Test
    void theMediatorCannotBeBookedTwiceAndTheBufferCountsButTouchingAfterTheBufferIsFine() {
        String mediator = mediator();
        LocalDate day = monday(2);
        SessionDetails first = booking.schedule(request(newCase("缓冲店"), mediator, at(day, 10, 0), 60, null,
                consumerAndMerchant(phone())));

        SchedulingConflictException overlap = catchConflict(request(newCase("缓冲店"), mediator, at(day, 10, 30), 60,
                null, consumerAndMerchant(phone())));
        assertThat(overlap.clashes()).singleElement().satisfies(clash -> {
            assertThat(clash.kind()).isEqualTo(ClashKind.MEDIATOR);
            assertThat(clash.sessionId()).isEqualTo(first.id());
            assertThat(clash.start()).isEqualTo(first.start());
            assertThat(clash.end()).isEqualTo(first.end());
        });
        assertThat(overlap.getMessage()).contains(mediator).contains("#" + first.id()).contains("15 minutes");

        assertThat(refusal(request(newCase("缓冲店"), mediator, at(day, 11, 10), 30, null,
                consumerAndMerchant(phone())))).containsExactly(ClashKind.MEDIATOR);
        assertThat(refusal(request(newCase("缓冲店"), mediator, at(day, 9, 0), 50, null,
                consumerAndMerchant(phone())))).containsExactly(ClashKind.MEDIATOR);
        assertThat(booking.schedule(request(newCase("缓冲店"), mediator, at(day, 11, 15), 30, null,
                consumerAndMerchant(phone()))).status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(booking.schedule(request(newCase("缓冲店"), mediator, at(day, 9, 0), 45, null,
                consumerAndMerchant(phone()))).status()).isEqualTo(SessionStatus.SCHEDULED);
    }

    @Test
    void roomsAndParticipantsCannotBeDoubleBookedAndSmallRoomsAreRefused() {
        LocalDate day = monday(3);
        String room = room(4);
        String phone = phone();
        booking.schedule(request(newCase("房间店"), mediator(), at(day, 14, 0), 60, room,
                consumerAndMerchant(phone)));

        assertThat(refusal(request(newCase("房间店"), mediator(), at(day, 14, 30), 60, room,
                consumerAndMerchant(phone())))).containsExactly(ClashKind.ROOM);
        String samePersonFormattedDifferently = phone.substring(0, 3) + "-" + phone.substring(3, 7) + " "
                + phone.substring(7);
        assertThat(refusal(request(newCase("房间店"), mediator(), at(day, 14, 30), 60, null,
                consumerAndMerchant(samePersonFormattedDifferently)))).containsExactly(ClashKind.PARTICIPANT);

        List<ParticipantRequest> crowd = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            crowd.add(new ParticipantRequest("消费者" + i, ParticipantRole.CONSUMER, phone()));
        }
        assertThat(refusal(request(newCase("房间店"), mediator(), at(day, 9, 0), 60, room(4), crowd)))
                .containsExactly(ClashKind.ROOM_CAPACITY);
    }

    @Test
    void outsideWorkingHoursAndOnAWeekendItIsRefusedWithTheReason() {
        SchedulingConflictException e = catchConflict(request(newCase("时间店"), mediator(), at(monday(4), 17, 30),
                60, null, consumerAndMerchant(phone())));
        assertThat(e.clashes()).extracting(Clash::kind).containsExactly(ClashKind.WORKING_HOURS);
        assertThat(e.getMessage()).contains("09:00-18:00");
        assertThat(refusal(request(newCase("时间店"), mediator(), at(monday(4).plusDays(5), 10, 0), 60, null,
                consumerAndMerchant(phone())))).containsExactly(ClashKind.WORKING_HOURS);
    }

    @Test
    void badInputIsRefusedFieldByField() {
        assertThatThrownBy(() -> booking.schedule(new SessionRequest(null, null, "nobody", at(monday(1), 10, 2), 7,
                null, null, null, List.of(new ParticipantRequest(" ", null, null)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKeys(
                        "caseNumber", "mediator", "start", "durationMinutes", "room", "participants[0].name",
                        "participants[0].role"));
    }

    @Test
    void aWithdrawnCaseGetsNoSession() {
        String caseNumber = newCase("撤回店");
        workflow.transition(caseNumber, ComplaintStatus.WITHDRAWN, "消费者撤回", null);
        assertThatThrownBy(() -> booking.schedule(request(caseNumber, mediator(), at(monday(5), 14, 0), 60, null,
                consumerAndMerchant(phone())))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("is Withdrawn");
    }

    @Test
    void aMediatorWithADeclaredTieToTheMerchantCannotBeBookedNorAssigned() {
        String mediator = mediator();
        String caseNumber = newCase("关联店");
        Long merchantId = complaints.get(caseNumber).merchantId();
        TestData.asAdmin(() -> ties.declare(mediator, TieKind.MERCHANT, merchantId, null, null, "曾任该店法律顾问"));

        SchedulingConflictException e = catchConflict(request(caseNumber, mediator, at(monday(5), 10, 0), 60, null,
                consumerAndMerchant(phone())));
        assertThat(e.clashes()).extracting(Clash::kind).containsExactly(ClashKind.CONFLICT_OF_INTEREST);
        assertThat(e.getMessage()).contains("曾任该店法律顾问");
        assertThatThrownBy(() -> workflow.assign(caseNumber, mediator))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("tie");
    }

    @Test
    void ofTwoUsersBookingTheSameSlotAtTheSameMomentExactlyOneWins() throws Exception {
        String mediator = mediator();
        OffsetDateTime slot = at(monday(6), 15, 0);
        List<SessionRequest> requests = List.of(
                request(newCase("并发店"), mediator, slot, 60, null, consumerAndMerchant(phone())),
                request(newCase("并发店"), mediator, slot.plusMinutes(30), 60, null, consumerAndMerchant(phone())));
        var context = SecurityContextHolder.getContext();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (SessionRequest r : requests) {
                Callable<String> attempt = () -> {
                    SecurityContextHolder.setContext(context);
                    go.await();
                    try {
                        return "booked " + booking.schedule(r).id();
                    } catch (SchedulingConflictException e) {
                        return "refused";
                    }
                };
                results.add(pool.submit(attempt));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).filteredOn(o -> o.startsWith("booked")).hasSize(1);
            assertThat(outcomes).filteredOn("refused"::equals).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(sessions.list(mediator, slot.minusHours(2).toInstant(), slot.plusHours(3).toInstant()))
                .hasSize(1);
    }

    @Test
    void theSchedulerProposesTheNextFreeSlotsAfterTheBuffer() {
        String mediator = mediator();
        LocalDate day = monday(7);
        booking.schedule(request(newCase("提议店"), mediator, at(day, 9, 0), 60, null, consumerAndMerchant(phone())));
        booking.schedule(request(newCase("提议店"), mediator, at(day, 11, 0), 60, null,
                consumerAndMerchant(phone())));

        List<FreeSlot> free = sessions.freeSlots(mediator, null, 45, at(day, 0, 0).toInstant(), 3);
        assertThat(free).extracting(FreeSlot::start)
                .containsExactly(at(day, 12, 15), at(day, 12, 30), at(day, 12, 45));
        List<FreeSlot> shortOnes = sessions.freeSlots(mediator, null, 30, at(day, 0, 0).toInstant(), 1);
        assertThat(shortOnes).extracting(FreeSlot::start).containsExactly(at(day, 10, 15));
    }

    @Test
    void rescheduleAndCancelAreAuditedAndTheCalendarFollowsWithTheSameUid() throws Exception {
        String mediator = mediator();
        LocalDate day = monday(8);
        SessionDetails session = booking.schedule(request(newCase("日历店"), mediator, at(day, 10, 0), 60, null,
                consumerAndMerchant(phone())));
        booking.reschedule(session.id(), at(day, 14, 0), 90, "消费者下午才有空");

        Calendar request = new CalendarBuilder().build(new StringReader(calendar.ics(session.id())));
        VEvent event = (VEvent) request.getComponents().getFirst();
        assertThat(request.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("session-" + session.id() + "@redress");
        assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
        assertThat(event.getProperty("DTSTART").orElseThrow().getValue())
                .isEqualTo(at(day, 14, 0).toInstant().toString().replace("-", "").replace(":", ""));

        booking.cancel(session.id(), "商家申请延期");
        Calendar cancel = new CalendarBuilder().build(new StringReader(calendar.ics(session.id())));
        VEvent cancelled = (VEvent) cancel.getComponents().getFirst();
        assertThat(cancel.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(cancelled.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getProperty("UID").orElseThrow().getValue()).isEqualTo("session-" + session.id() + "@redress");
        assertThat(cancelled.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");

        assertThat(audit.timeline(AuditSubject.SESSION, session.id())).extracting(AuditRecord::action)
                .contains("SESSION_SCHEDULED", "SESSION_RESCHEDULED", "SESSION_CANCELLED");
        assertThat(audit.timeline(AuditSubject.COMPLAINT, complaints.get(session.caseNumber()).id()))
                .extracting(AuditRecord::newValue).anyMatch(v -> v != null && v.contains("消费者下午才有空"))
                .anyMatch(v -> v != null && v.contains("商家申请延期"));
        assertThat(booking.schedule(request(newCase("日历店"), mediator, at(day, 14, 0), 60, null,
                consumerAndMerchant(phone()))).status()).as("a cancelled session frees its slot")
                .isEqualTo(SessionStatus.SCHEDULED);
    }

    @Test
    void onlyTheSessionsMediatorRunsItAndOnlyAfterConfirmingNoConflict() {
        String mediator = mediator();
        SessionDetails session = booking.schedule(request(newCase("运行店"), mediator, at(monday(9), 10, 0), 60,
                null, consumerAndMerchant(phone())));

        assertThatThrownBy(() -> conduct.saveMinutes(session.id(), "记录"))
                .isInstanceOf(AccessDeniedException.class);
        asUser(mediator, () -> {
            conduct.saveMinutes(session.id(), "双方到场。商家同意退款。");
            conduct.setAttended(session.id(), 0, true);
            assertThatThrownBy(() -> conduct.recordOutcome(session.id(), SessionOutcome.AGREEMENT_REACHED, null,
                    null)).isInstanceOf(BusinessRuleException.class).hasMessageContaining("conflict of interest");
            conduct.confirmNoConflict(session.id());
            assertThatThrownBy(() -> conduct.recordOutcome(session.id(), SessionOutcome.ADJOURNED, null, null))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> conduct.recordOutcome(session.id(), SessionOutcome.AGREEMENT_REACHED,
                    "退款 1299 元", null)).as("the session has not started yet")
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("starts at");
            conduct.recordOutcome(session.id(), SessionOutcome.AGREEMENT_REACHED, "退款 1299 元", null,
                    "双方提前到场并达成一致");
        });
        SessionDetails held = sessions.get(session.id());
        assertThat(held.status()).isEqualTo(SessionStatus.HELD);
        assertThat(held.outcome()).isEqualTo(SessionOutcome.AGREEMENT_REACHED);
        assertThat(held.minutes()).isEqualTo("双方到场。商家同意退款。");
        assertThat(held.participants().getFirst().attended()).isTrue();
        assertThat(held.noConflictConfirmedBy()).isEqualTo(mediator);
    }

    private SchedulingConflictException catchConflict(SessionRequest request) {
        try {
            booking.schedule(request);
        } catch (SchedulingConflictException e) {
            return e;
        }
        throw new AssertionError("The booking was accepted");
    }

    static void asUser(String username, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken
                .authenticated(username, null, List.of(
                        new SimpleGrantedAuthority("ROLE_MEDIATOR"))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
