package org.redress.dispute.ui;

import com.vaadin.flow.component.Component;
import org.redress.dispute.DisputeDetails;

/**
 * A part of the class-dispute page that a later feature contributes (sessions, agreements), so that the dispute page
 * knows no feature above it. A Spring bean implementing {@link Factory} adds one to every dispute page.
 */
public interface DisputeSection {

    Component component();

    /** Shows the section for the dispute; {@code reload} reloads the whole page after a change made in it. */
    void show(DisputeDetails dispute, Runnable reload);

    interface Factory {

        /** Where the section stands on the page, lowest first. */
        int order();

        DisputeSection createDisputeSection();
    }
}
