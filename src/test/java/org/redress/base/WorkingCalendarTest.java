package org.redress.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    final WorkingCalendar calendar = new WorkingCalendar(
            List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            List.of(LocalDate.of(2026, 10, 10)));

    @Test
    void weekends_are_skipped() {
        // Friday 2026-11-20 + 1 working day = Monday 2026-11-23
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 23), 7)).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void national_day_holidays_are_skipped_and_the_make_up_saturday_counts() {
        // Received Wednesday 30 September: 1-7 October are off except none; Saturday 10 October is worked.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 3))).isFalse();
    }
}
