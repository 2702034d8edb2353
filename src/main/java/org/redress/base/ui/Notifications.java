package org.redress.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Consistent success and error toasts. */
public final class Notifications {

    private static final String FORM_ERROR = "form-error";

    private Notifications() {
    }

    public static void success(String message) {
        Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * A form's "please fix the marked fields": at the top of the screen, where it covers no field and no button
     * (the fields themselves say what is wrong), replacing an earlier one instead of stacking.
     */
    public static void formError(String message) {
        clear();
        Notification notification = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName(FORM_ERROR);
    }

    /** Closes the form errors still shown (after a successful save). */
    public static void clear() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getChildren().filter(c -> c instanceof Notification n && n.hasClassName(FORM_ERROR))
                    .map(Notification.class::cast).toList().forEach(Notification::close);
        }
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
