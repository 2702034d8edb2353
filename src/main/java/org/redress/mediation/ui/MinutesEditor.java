package org.redress.mediation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.ui.UserZone;
import org.redress.mediation.SessionConduct;
import org.redress.mediation.SessionDetails;
import org.springframework.security.access.AccessDeniedException;

/**
 * The minutes of a session, saved as the mediator types (after a pause). Every keystroke is also kept in the
 * browser's storage until the server confirms it, so text typed into a dropped connection can be restored.
 */
class MinutesEditor extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    final TextArea minutes = new TextArea();
    final Span minutesState = new Span();
    final Div restoreBanner = new Div();

    private final SessionConduct conduct;
    private final ZoneId fallbackZone;
    private SessionDetails session;
    private boolean loading;

    MinutesEditor(SessionConduct conduct, ZoneId fallbackZone) {
        this.conduct = conduct;
        this.fallbackZone = fallbackZone;
        addClassName("minutes-editor");
        setWidthFull();
        minutes.setLabel(getTranslation("session.minutes"));
        minutes.setWidthFull();
        minutes.setMinHeight("14em");
        minutes.setMaxLength(200_000);
        minutes.setValueChangeMode(ValueChangeMode.TIMEOUT);
        minutes.setValueChangeTimeout(1200);
        minutes.addValueChangeListener(e -> {
            if (!loading && e.isFromClient()) {
                saveMinutes(e.getValue());
            }
        });
        minutesState.addClassName("minutes-state");
        restoreBanner.addClassName("restore-banner");
        restoreBanner.setVisible(false);
        add(restoreBanner, minutes, minutesState);
    }

    /** Shows the session's minutes; only the one who runs the session edits them, and not once it is cancelled. */
    void show(SessionDetails s, boolean editable) {
        loading = true;
        try {
            session = s;
            minutes.setValue(s.minutes() == null ? "" : s.minutes());
            minutes.setReadOnly(!editable);
            minutesState.setText(s.minutesSavedAt() == null ? "" : getTranslation("session.savedAt",
                    TIME.format(s.minutesSavedAt().atZone(UserZone.current(fallbackZone)))));
        } finally {
            loading = false;
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (session != null) {
            keepMinutesInBrowser();
        }
    }

    void saveMinutes(String text) {
        try {
            Instant saved = conduct.saveMinutes(session.id(), text);
            minutesState.setText(getTranslation("session.savedAt",
                    TIME.format(saved.atZone(UserZone.current(fallbackZone)))));
            minutesState.removeClassName("error");
            minutes.getElement().executeJs("const k='redress-minutes-'+$0; const s=localStorage.getItem(k);"
                    + " if (s && JSON.parse(s).text === $1) localStorage.removeItem(k);", session.id(), text);
        } catch (InvalidInputException | BusinessRuleException | AccessDeniedException e) {
            minutesState.setText(getTranslation("session.notSaved", e.getMessage()));
            minutesState.addClassName("error");
        }
    }

    /**
     * Keeps every keystroke of the minutes in the browser's storage until the server confirms it has them, and
     * offers to restore text that never reached the server (a dropped connection, a closed laptop).
     */
    private void keepMinutesInBrowser() {
        long id = session.id();
        minutes.getElement().executeJs("""
                const k = 'redress-minutes-' + $0;
                if (!this.__redressMinutes) {
                  this.__redressMinutes = true;
                  this.addEventListener('input', () => localStorage.setItem(k,
                      JSON.stringify({text: this.value, at: Date.now()})));
                }
                const s = localStorage.getItem(k);
                return s ? JSON.parse(s).text : null;""", id).then(String.class, local -> {
            String server = session.minutes() == null ? "" : session.minutes();
            if (local != null && !local.equals(server) && session.id() == id) {
                offerRestore(local);
            }
        });
    }

    private void offerRestore(String local) {
        restoreBanner.removeAll();
        Button restore = new Button(getTranslation("session.restore"), e -> {
            minutes.setValue(local);
            saveMinutes(local);
            restoreBanner.setVisible(false);
        });
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("session.discard"), e -> {
            minutes.getElement().executeJs("localStorage.removeItem('redress-minutes-' + $0)", session.id());
            restoreBanner.setVisible(false);
        });
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        restoreBanner.add(new Span(getTranslation("session.unsavedFound", local.length())), restore, discard);
        restoreBanner.setVisible(true);
    }
}
