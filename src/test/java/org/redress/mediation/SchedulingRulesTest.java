package org.redress.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.base.WorkingCalendar;

/** Working hours, holidays and the booking grid, at their boundaries. */
class SchedulingRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final SchedulingRules rules = new SchedulingRules(
            new MediationProperties(LocalTime.of(9, 0), LocalTime.of(18, 0), SHANGHAI, 15, 24),
            new WorkingCalendar(List.of(LocalDate.of(2026, 10, 1)), List.of(LocalDate.of(2026, 10, 10))));

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private List<ClashKind> kinds(String start, int minutes) {
        Instant from = at(start);
        return rules.ruleClashes(from, from.plusSeconds(minutes * 60L)).stream().map(Clash::kind).toList();
    }

    @Test
    void aSessionMayFillTheWorkingDayExactlyButNotAMinuteMore() {
        assertThat(kinds("2026-12-01T09:00", 540)).isEmpty();
        assertThat(kinds("2026-12-01T08:55", 60)).containsExactly(ClashKind.WORKING_HOURS);
        assertThat(kinds("2026-12-01T17:00", 60)).isEmpty();
        assertThat(kinds("2026-12-01T17:30", 35)).containsExactly(ClashKind.WORKING_HOURS);
    }

    @Test
    void aSessionAcrossMidnightIsRefusedEvenWhenBothEndsLookLikeWorkingTime() {
        assertThat(kinds("2026-12-01T17:00", 17 * 60)).contains(ClashKind.WORKING_HOURS);
    }

    @Test
    void weekendsAndHolidaysAreRefusedButAMakeUpWorkingSaturdayIsAllowed() {
        assertThat(kinds("2026-12-05T10:00", 60)).containsExactly(ClashKind.WORKING_HOURS);
        assertThat(kinds("2026-10-01T10:00", 60)).containsExactly(ClashKind.HOLIDAY);
        assertThat(kinds("2026-10-10T10:00", 60)).isEmpty();
    }

    @Test
    void workingHoursAreReckonedInTheAssociationsZoneWhateverOffsetTheRequestCarries() {
        Instant tenInShanghai = Instant.parse("2026-12-01T02:00:00Z");
        assertThat(rules.ruleClashes(tenInShanghai, tenInShanghai.plusSeconds(3600))).isEmpty();
        Instant eightInShanghai = Instant.parse("2026-12-01T00:00:00Z");
        assertThat(rules.ruleClashes(eightInShanghai, eightInShanghai.plusSeconds(3600))).isNotEmpty();
    }

    @Test
    void aBookingTakesItsCellsPlusTheBufferSoTouchingAfterTheBufferIsFree() {
        Instant start = at("2026-12-01T10:00");
        List<Instant> first = rules.cells(start, start.plusSeconds(3600));
        assertThat(first).hasSize(15).startsWith(start).endsWith(at("2026-12-01T11:10"));
        List<Instant> laterByBuffer = rules.cells(at("2026-12-01T11:15"), at("2026-12-01T12:00"));
        assertThat(first).doesNotContainAnyElementsOf(laterByBuffer);
        List<Instant> tooClose = rules.cells(at("2026-12-01T11:10"), at("2026-12-01T12:00"));
        assertThat(first).containsAnyElementsOf(tooClose);
    }

    @Test
    void participantsAreRecognisedByTheirContactWhateverItsFormatting() {
        assertThat(SchedulingRules.participantResource("138-0013 8000"))
                .isEqualTo(SchedulingRules.participantResource("+86 13800138000"));
        assertThat(SchedulingRules.participantResource("Li@Example.cn"))
                .isEqualTo(SchedulingRules.participantResource(" li@example.cn"));
        assertThat(SchedulingRules.participantResource("  ")).isNull();
    }
}
