package org.redress.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.audit.ui.AuditTimeline;
import org.redress.base.BusinessRuleException;
import org.redress.base.ui.Notifications;
import org.redress.complaint.CaseMerging;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.EvidenceItem;
import org.redress.complaint.EvidenceService;
import org.redress.complaint.MergedCase;

/**
 * A case's merge state: for a merged duplicate, the case it lives on in and how to undo that; for a surviving case,
 * its merged duplicates with their evidence and history, and an undo. Plus a link to look for likely duplicates.
 */
class MergePanel extends Div {

    private final CaseMerging merging;
    private final ComplaintService complaints;
    private final EvidenceService evidence;
    private final AuditService audit;
    private final ZoneId zone;
    private final Runnable onChange;

    MergePanel(CaseMerging merging, ComplaintService complaints, EvidenceService evidence, AuditService audit,
               ZoneId zone, Runnable onChange) {
        this.merging = merging;
        this.complaints = complaints;
        this.evidence = evidence;
        this.audit = audit;
        this.zone = zone;
        this.onChange = onChange;
        addClassName("merge-panel");
    }

    void show(ComplaintDetails d) {
        removeAll();
        if (d.status() == ComplaintStatus.MERGED) {
            String survivor = merging.survivorOf(d.caseNumber());
            Paragraph banner = new Paragraph(getTranslation("merge.mergedInto") + " ");
            banner.add(new Anchor("cases/" + survivor, survivor));
            banner.addClassName("merged-banner");
            Button undo = new Button(getTranslation("merge.undoOne"), e -> confirmUndo(d.caseNumber(),
                    getTranslation("merge.undoOneText", d.caseNumber(), survivor)));
            undo.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(banner, undo);
            return;
        }
        Anchor find = new Anchor("duplicates?case=" + d.caseNumber(), getTranslation("merge.findDuplicates"));
        find.addClassNames("find-duplicates", "no-print");
        List<MergedCase> merged = merging.mergedInto(d.caseNumber());
        if (merged.isEmpty()) {
            add(find);
            return;
        }
        add(new H3(getTranslation("merge.duplicates", merged.size())));
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        for (MergedCase m : merged) {
            Div summary = new Div(new Anchor("cases/" + m.caseNumber(), m.caseNumber()),
                    new Span(" · " + m.consumerName() + " · " + m.merchantName() + " · " + money.format(m.amountClaimed())
                            + " · " + getTranslation("merge.mergedBy", when.format(m.mergedAt()), m.mergedBy())
                            + (m.reason() == null ? "" : " · " + m.reason())));
            Div inside = new Div();
            List<EvidenceItem> items = evidence.list(m.caseNumber());
            inside.add(new Paragraph(items.isEmpty() ? getTranslation("merge.noEvidence")
                    : getTranslation("merge.evidence") + " " + String.join("、",
                    items.stream().map(EvidenceItem::originalName).toList())));
            AuditTimeline history = new AuditTimeline(audit, zone);
            history.show(AuditSubject.COMPLAINT, complaints.get(m.caseNumber()).id());
            inside.add(history);
            Details details = new Details(summary, inside);
            details.addClassName("merged-duplicate");
            add(details);
        }
        Button undoAll = new Button(getTranslation("merge.undoAll"), e -> confirmUndo(d.caseNumber(),
                getTranslation("merge.undoAllText", merged.size(), d.caseNumber())));
        undoAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(undoAll, find);
    }

    private void confirmUndo(String caseNumber, String text) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("merge.undoTitle"), text,
                getTranslation("merge.undo"), e -> {
                    try {
                        merging.unmerge(caseNumber);
                        Notifications.success(getTranslation("merge.undone"));
                        onChange.run();
                    } catch (BusinessRuleException ex) {
                        Notifications.error(ex.getMessage());
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }
}
