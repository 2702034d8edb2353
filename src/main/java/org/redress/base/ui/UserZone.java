package org.redress.base.ui;

import com.vaadin.flow.component.UI;
import java.time.ZoneId;

/** The zone of the user's browser, for showing instants; the association's zone when the browser does not say. */
public final class UserZone {

    private UserZone() {
    }

    public static ZoneId current(ZoneId fallback) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return fallback;
        }
        try {
            var details = ui.getPage().getExtendedClientDetails();
            String id = details == null ? null : details.getTimeZoneId();
            return id == null || id.isBlank() ? fallback : ZoneId.of(id);
        } catch (RuntimeException e) {
            // Older browsers and test environments report no zone or one Java does not know.
            return fallback;
        }
    }
}
