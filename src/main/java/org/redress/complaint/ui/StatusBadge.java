package org.redress.complaint.ui;

import com.vaadin.flow.component.html.Span;
import org.redress.base.ui.Badge;
import org.redress.base.ui.EnumLabels;
import org.redress.complaint.ComplaintStatus;

/** A coloured status label: open work in blue, done in green, stopped in grey or red. */
public final class StatusBadge {

    private StatusBadge() {
    }

    public static Span of(ComplaintStatus status) {
        Badge.Tone tone = switch (status) {
            case AGREEMENT_REACHED, FULFILLED, CLOSED -> Badge.Tone.SUCCESS;
            case REJECTED, ESCALATED -> Badge.Tone.ERROR;
            case WITHDRAWN, MERGED -> Badge.Tone.NEUTRAL;
            default -> Badge.Tone.INFO;
        };
        return Badge.of(EnumLabels.of(status), tone);
    }
}
