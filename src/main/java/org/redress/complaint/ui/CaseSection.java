package org.redress.complaint.ui;

import com.vaadin.flow.component.Component;
import java.util.function.BiConsumer;
import org.redress.complaint.ComplaintDetails;

/**
 * A part of the case page that a later feature contributes (its sessions, its agreements), so that the case page
 * knows no feature above it. A Spring bean implementing {@link Factory} adds one to every case page.
 */
public interface CaseSection {

    Component component();

    /** Shows the section for the case; {@code reload} reloads the whole page after a change made in the section. */
    void show(ComplaintDetails complaint, Runnable reload);

    /** A section made of a component and what showing a case does to it. */
    static CaseSection of(Component component, BiConsumer<ComplaintDetails, Runnable> show) {
        return new CaseSection() {
            @Override
            public Component component() {
                return component;
            }

            @Override
            public void show(ComplaintDetails complaint, Runnable reload) {
                show.accept(complaint, reload);
            }
        };
    }

    interface Factory {

        /** Where the section stands on the page, lowest first. */
        int order();

        CaseSection createCaseSection();
    }
}
