package org.redress.dispute.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import java.util.function.LongSupplier;
import org.redress.base.ui.CsvUpload;
import org.redress.base.ui.Notifications;
import org.redress.dispute.ConsentImportResult;
import org.redress.dispute.DisputeConsents;

/**
 * A file of members' answers (caseNumber,decision,date,channel) recorded at once: what was recorded, and each row that
 * was not, with its reason, stay on the page until the next file.
 */
class ConsentImportUpload extends Div {

    final Upload upload;
    final Div outcome = new Div();

    ConsentImportUpload(DisputeConsents consents, LongSupplier disputeId, Runnable recorded) {
        addClassName("consent-import");
        Paragraph hint = new Paragraph(getTranslation("dispute.consentImportHint"));
        hint.addClassName("view-hint");
        upload = CsvUpload.of(in -> consents.importCsv(disputeId.getAsLong(), in), result -> {
            show(result);
            recorded.run();
        });
        add(hint, upload, outcome);
    }

    void show(ConsentImportResult result) {
        outcome.removeAll();
        outcome.add(new Paragraph(getTranslation("dispute.consentImported", result.recorded(),
                result.errors().size())));
        if (!result.errors().isEmpty()) {
            UnorderedList rows = new UnorderedList();
            result.errors().stream().limit(50).forEach(e -> rows.add(new ListItem(
                    getTranslation("dispute.consentImportRow", e.row(), e.reason()))));
            outcome.add(rows);
        }
        Notifications.success(getTranslation("dispute.consentImported", result.recorded(), result.errors().size()));
    }
}
