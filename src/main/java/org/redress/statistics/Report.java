package org.redress.statistics;

import java.util.List;
import org.redress.base.Message;
import org.redress.base.Texts;

/**
 * A grouped statistics report after small-cell protection.
 *
 * @param suppressedGroups groups with fewer than {@code minConsumers} consumers, merged into "other" or left out
 * @param omittedGroups    of those, groups left out entirely because even together they stayed below the threshold
 */
public record Report(StatisticsFilter filter, List<Dimension> groupBy, int minConsumers, List<ReportRow> rows,
                     int suppressedGroups, int omittedGroups) {

    /** What small-cell protection did, as an export's notes and the API say it. */
    public Message suppression() {
        if (suppressedGroups == 0) {
            return Message.of("export.note.nothingSuppressed", minConsumers);
        }
        return omittedGroups > 0 ? Message.of("export.note.omitted", suppressedGroups, minConsumers, omittedGroups)
                : Message.of("export.note.suppressed", suppressedGroups, minConsumers);
    }

    /** {@link #suppression()} in the language of the current request or portal session. */
    public String suppressionNote() {
        return Texts.render(suppression(), Texts.currentLocale());
    }
}
