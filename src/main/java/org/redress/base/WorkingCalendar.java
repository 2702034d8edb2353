package org.redress.base;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Working days as Chinese offices count them: Monday to Friday, minus public holidays, plus the weekend days
 * that are worked to make up for a holiday (调休). The 12315 deadlines are counted in these days.
 */
@Component
public class WorkingCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> extraWorkdays;

    public WorkingCalendar(@Value("${redress.calendar.holidays:}") List<LocalDate> holidays,
                           @Value("${redress.calendar.extra-workdays:}") List<LocalDate> extraWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.extraWorkdays = Set.copyOf(extraWorkdays);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (extraWorkdays.contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The date that lies the given number of working days after {@code start} (start itself not counted). */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        LocalDate date = start;
        int remaining = workingDays;
        while (remaining > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }
}
