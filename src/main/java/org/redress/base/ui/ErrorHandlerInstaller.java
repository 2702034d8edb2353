package org.redress.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.persistence.OptimisticLockException;
import org.apache.catalina.connector.ClientAbortException;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Shows an unexpected error as a message instead of breaking the view, so that nothing the user typed is lost;
 * rule violations get their own text, anything else is logged with a reference.
 */
@Component
class ErrorHandlerInstaller implements VaadinServiceInitListener {

    private static boolean concurrentChange(Throwable error) {
        return anyCause(error, OptimisticLockingFailureException.class)
                || anyCause(error, OptimisticLockException.class);
    }

    private static boolean anyCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlerInstaller.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            if (anyCause(error.getThrowable(), ClientAbortException.class)) {
                // The browser went away (tab closed, network gone) while its answer was written: nobody to tell.
                log.debug("Client left during a response", error.getThrowable());
                return;
            }
            Throwable cause = rootCause(error.getThrowable());
            UI ui = UI.getCurrent();
            String message;
            if (cause instanceof BusinessRuleException || cause instanceof NotFoundException) {
                message = cause.getMessage();
            } else if (cause instanceof InvalidInputException invalid) {
                message = String.join("; ", invalid.fieldErrors().values());
            } else if (cause instanceof AccessDeniedException) {
                message = ui == null ? "Access denied" : ui.getTranslation("error.forbidden");
            } else if (concurrentChange(error.getThrowable())) {
                message = ui == null ? "Changed by someone else" : ui.getTranslation("error.concurrent");
            } else {
                String reference = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
                log.error("Unexpected error in the UI (reference {})", reference, error.getThrowable());
                message = (ui == null ? "Unexpected error" : ui.getTranslation("error.unexpected")) + " (" + reference + ")";
            }
            if (ui != null) {
                ui.access(() -> Notifications.error(message));
            }
        }));
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof BusinessRuleException || current instanceof InvalidInputException
                || current instanceof NotFoundException || current instanceof AccessDeniedException)) {
            current = current.getCause();
        }
        return current;
    }
}
