package org.redress.dispute.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.function.LongSupplier;
import org.redress.base.InvalidInputException;
import org.redress.base.NotFoundException;
import org.redress.base.ui.Notifications;
import org.redress.base.ui.WidgetTexts;
import org.redress.dispute.ConsentImportResult;
import org.redress.dispute.DisputeConsents;

/**
 * A file of members' answers (caseNumber,decision,date,channel) recorded at once: what was recorded, and each row that
 * was not, with its reason, stay on the page until the next file.
 */
class ConsentImportUpload extends Div {

    final Upload upload = new Upload();
    final Div outcome = new Div();
    private UI ui;

    ConsentImportUpload(DisputeConsents consents, LongSupplier disputeId, Runnable recorded) {
        addClassName("consent-import");
        addAttachListener(e -> ui = e.getUI());
        Paragraph hint = new Paragraph(getTranslation("dispute.consentImportHint"));
        hint.addClassName("view-hint");
        upload.setI18n(WidgetTexts.upload(WidgetTexts.of(this)));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                ConsentImportResult result = consents.importCsv(disputeId.getAsLong(), in);
                ui.access(() -> {
                    show(result);
                    recorded.run();
                });
            } catch (InvalidInputException e) {
                ui.access(() -> Notifications.error(String.join("; ", e.fieldErrors().values())));
            } catch (NotFoundException e) {
                ui.access(() -> Notifications.error(e.getMessage()));
            } finally {
                Files.deleteIfExists(file.toPath());
                ui.access(upload::clearFileList);
            }
        }));
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
