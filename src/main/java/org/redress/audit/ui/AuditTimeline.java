package org.redress.audit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.redress.audit.AuditRecord;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.StoredText;
import org.redress.base.ui.ActorLabel;
import org.redress.base.ui.UserZone;

/** A case's history, newest first: who did what and when, with old and new values of changed fields. */
public class AuditTimeline extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditService audit;
    private final ZoneId zone;

    public AuditTimeline(AuditService audit, ZoneId zone) {
        this.audit = audit;
        this.zone = zone;
        addClassName("audit-timeline");
    }

    public void show(AuditSubject subject, Long id) {
        removeAll();
        add(new H3(getTranslation("audit.title")));
        List<AuditRecord> records = audit.timeline(subject, id);
        if (records.isEmpty()) {
            add(new Paragraph(getTranslation("audit.empty")));
        }
        for (AuditRecord record : records) {
            Div entry = new Div();
            entry.addClassName("audit-entry");
            Span when = new Span(TIME.format(record.at().atZone(UserZone.current(zone))));
            when.addClassName("audit-when");
            Span who = new Span(ActorLabel.of(record.actor()));
            who.addClassName("audit-who");
            Span what = new Span(getTranslation("audit.action." + record.action()));
            what.addClassName("audit-what");
            entry.add(when, who, what);
            if (record.field() != null) {
                Div change = new Div();
                change.addClassName("audit-change");
                change.setText(fieldLabel(record.field()) + ": " + shorten(value(record.field(), record.oldValue()))
                        + " → " + shorten(value(record.field(), record.newValue())));
                entry.add(change);
            } else if (record.newValue() != null) {
                Div change = new Div(value(null, record.newValue()));
                change.addClassName("audit-change");
                entry.add(change);
            }
            add(entry);
        }
    }

    /** A field's label in the user's language where the bundle has one ("audit.field.<name>"), else its name. */
    private String fieldLabel(String field) {
        String key = "audit.field." + field;
        String label = getTranslation(key);
        return label.equals(key) ? field : label;
    }

    /** A stored value in the reader's language: messages rendered, constants by their labels. */
    private String value(String field, String stored) {
        String[] types = field == null ? new String[0] : switch (field) {
            case "status" -> new String[] {"ComplaintStatus", "DisputeStatus", "SessionStatus"};
            case "outcome" -> new String[] {"SessionOutcome"};
            case "roles" -> new String[] {"role"};
            default -> new String[] {field.substring(0, 1).toUpperCase() + field.substring(1)};
        };
        return StoredText.render(stored, getLocale(), types);
    }

    private static String shorten(String value) {
        if (value == null) {
            return "—";
        }
        return value.length() > 160 ? value.substring(0, 159) + "…" : value;
    }
}
