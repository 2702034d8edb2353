package org.redress.duplicate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.redress.complaint.ComplaintDetails;

/** Two complaints side by side, field by field; fields that differ and changed parts of the narratives are marked. */
class ComparePanel extends Div {

    ComparePanel(ComplaintDetails a, ComplaintDetails b, Function<String, String> platformLabel) {
        addClassName("compare-panel");
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        add(header(""), header(a.caseNumber()), header(b.caseNumber()));
        row("complaint.receivedAt", a, b, d -> String.valueOf(d.receivedAt()));
        row("complaint.consumerName", a, b, ComplaintDetails::consumerName);
        row("complaint.consumerPhone", a, b, ComplaintDetails::consumerPhone);
        row("complaint.consumerEmail", a, b, ComplaintDetails::consumerEmail);
        row("complaint.merchant", a, b, ComplaintDetails::merchantName);
        row("complaint.platform", a, b, d -> d.platform() == null ? null : platformLabel.apply(d.platform()));
        row("complaint.orderNumber", a, b, ComplaintDetails::orderNumber);
        row("complaint.platformTicket", a, b, ComplaintDetails::platformTicket);
        row("complaint.amountClaimed", a, b, d -> money.format(d.amountClaimed()));
        row("complaint.category", a, b, d -> getTranslation("Category." + d.category().name()));
        row("complaint.status", a, b, d -> getTranslation("ComplaintStatus." + d.status().name()));
        TextDiff.Result diff = TextDiff.of(a.narrative(), b.narrative());
        Span label = new Span(getTranslation("complaint.narrative"));
        label.addClassName("compare-label");
        add(label, narrative(diff.left()), narrative(diff.right()));
    }

    private Div header(String caseNumber) {
        Div cell = new Div();
        cell.addClassName("compare-head");
        if (!caseNumber.isEmpty()) {
            Anchor link = new Anchor("cases/" + caseNumber, caseNumber);
            link.setTarget("_blank");
            cell.add(link);
        }
        return cell;
    }

    private void row(String labelKey, ComplaintDetails a, ComplaintDetails b, Function<ComplaintDetails, String> value) {
        String left = blankToDash(value.apply(a));
        String right = blankToDash(value.apply(b));
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("compare-label");
        Span l = new Span(left);
        Span r = new Span(right);
        if (!Objects.equals(left, right)) {
            l.addClassName("differs");
            r.addClassName("differs");
        }
        add(label, l, r);
    }

    private static Div narrative(List<TextDiff.Segment> segments) {
        Div text = new Div();
        text.addClassName("compare-narrative");
        for (TextDiff.Segment segment : segments) {
            Span span = new Span(segment.text());
            if (segment.changed()) {
                span.addClassName("changed");
            }
            text.add(span);
        }
        return text;
    }

    private static String blankToDash(String value) {
        return value == null || value.isBlank() || value.equals("null") ? "—" : value;
    }
}
