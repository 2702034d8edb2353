package org.redress.complaint.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.redress.base.BusinessRuleException;
import org.redress.base.ui.EnumLabels;
import org.redress.base.ui.Notifications;
import org.redress.complaint.EvidenceService;
import org.redress.complaint.EvidenceType;

/**
 * Evidence chosen on the intake form itself (a screenshot of the order, the chat with the seller): held in
 * temporary files until the complaint is filed, then attached to the new case. A file that cannot be attached is
 * reported, never a reason to lose the complaint.
 */
class IntakeEvidence extends Div {

    /** A file waiting for its case. */
    record Pending(EvidenceType type, String name, Path file) {
    }

    private final EvidenceService evidence;
    final Select<EvidenceType> type = new Select<>();
    final Upload upload = new Upload();
    final List<Pending> pending = new ArrayList<>();
    private final UnorderedList chosen = new UnorderedList();
    private UI ui;

    IntakeEvidence(EvidenceService evidence) {
        this.evidence = evidence;
        addClassName("intake-evidence");
        addAttachListener(e -> ui = e.getUI());
        addDetachListener(e -> discard());
        EvidenceChooser.setUp(this, type, upload, evidence);
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            EvidenceType kind = type.getValue();
            ui.access(() -> {
                pending.add(new Pending(kind, metadata.fileName(), file.toPath()));
                showChosen();
            });
        }));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("evidence.rejected",
                e.getErrorMessage())));
        Span limits = new Span(getTranslation("intake.evidenceHint", evidence.maxBytes() / (1024 * 1024)));
        limits.addClassName("view-hint");
        HorizontalLayout row = new HorizontalLayout(type, upload);
        row.setAlignItems(HorizontalLayout.Alignment.END);
        row.addClassName("evidence-upload-row");
        add(new H3(getTranslation("evidence.title")), row, chosen, limits);
    }

    /** Adds what was chosen to the new case; says which files could not be added. */
    void attachTo(String caseNumber) {
        List<String> failed = new ArrayList<>();
        for (Pending p : pending) {
            try (InputStream in = Files.newInputStream(p.file())) {
                evidence.add(caseNumber, p.type(), p.name(), in);
            } catch (BusinessRuleException | IOException e) {
                failed.add(p.name());
            }
        }
        discard();
        if (!failed.isEmpty()) {
            Notifications.error(getTranslation("intake.evidenceFailed", String.join("、", failed)));
        }
    }

    private void showChosen() {
        chosen.removeAll();
        pending.forEach(p -> chosen.add(new ListItem(EnumLabels.of(p.type()) + " · " + p.name())));
    }

    private void discard() {
        for (Pending p : pending) {
            try {
                Files.deleteIfExists(p.file());
            } catch (IOException e) {
                // A temporary file left behind is removed with the others when the JVM's temp directory is.
                p.file().toFile().deleteOnExit();
            }
        }
        pending.clear();
        showChosen();
    }
}
