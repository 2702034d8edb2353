package org.redress.dispute.ui;

import com.vaadin.flow.component.Component;
import java.util.function.BiConsumer;
import org.redress.dispute.DisputeDetails;

/**
 * A part of the class-dispute page that a later feature contributes (sessions, agreements), so that the dispute page
 * knows no feature above it. A Spring bean implementing {@link Factory} adds one to every dispute page.
 */
public interface DisputeSection {

    Component component();

    /** Shows the section for the dispute; {@code reload} reloads the whole page after a change made in it. */
    void show(DisputeDetails dispute, Runnable reload);

    /** A section made of a component and what showing a dispute does to it. */
    static DisputeSection of(Component component, BiConsumer<DisputeDetails, Runnable> show) {
        return new DisputeSection() {
            @Override
            public Component component() {
                return component;
            }

            @Override
            public void show(DisputeDetails dispute, Runnable reload) {
                show.accept(dispute, reload);
            }
        };
    }

    interface Factory {

        /** Where the section stands on the page, lowest first. */
        int order();

        DisputeSection createDisputeSection();
    }
}
