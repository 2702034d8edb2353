package org.redress.complaint.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.redress.base.BusinessRuleException;
import org.redress.base.ui.EnumLabels;
import org.redress.base.ui.Notifications;
import org.redress.base.ui.UserZone;
import org.redress.complaint.EvidenceItem;
import org.redress.complaint.EvidenceService;
import org.redress.complaint.EvidenceType;

/** The evidence on a case: a list with downloads, and an upload with the kind of evidence chosen first. */
class EvidencePanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EvidenceService evidence;
    final Grid<EvidenceItem> grid = new Grid<>(EvidenceItem.class, false);
    final Select<EvidenceType> type = new Select<>();
    final Upload upload = new Upload();
    private String caseNumber;
    private Runnable onChange = () -> { };
    private UI ui;

    EvidencePanel(EvidenceService evidence, ZoneId associationZone) {
        this.evidence = evidence;
        addClassName("evidence-panel");
        addAttachListener(event -> ui = event.getUI());
        grid.addColumn(item -> EnumLabels.of(item.type())).setHeader(getTranslation("evidence.type")).setAutoWidth(true);
        grid.addComponentColumn(this::downloadLink).setHeader(getTranslation("evidence.file")).setFlexGrow(1);
        grid.addColumn(item -> humanSize(item.sizeBytes())).setHeader(getTranslation("evidence.size")).setAutoWidth(true);
        grid.addColumn(item -> TIME.format(item.uploadedAt().atZone(UserZone.current(associationZone))) + " · " + item.uploadedBy())
                .setHeader(getTranslation("evidence.uploaded")).setAutoWidth(true);
        grid.addColumn(item -> item.sha256().substring(0, 12) + "…").setHeader("SHA-256").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("evidence.empty"));

        EvidenceChooser.setUp(this, type, upload, evidence);
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                evidence.add(caseNumber, type.getValue(), metadata.fileName(), in);
                ui.access(() -> {
                    Notifications.success(getTranslation("evidence.added", metadata.fileName()));
                    refresh();
                    onChange.run();
                });
            } catch (BusinessRuleException e) {
                ui.access(() -> Notifications.error(e.getMessage()));
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("evidence.rejected",
                e.getErrorMessage())));
        Span limits = new Span(getTranslation("evidence.limits", evidence.maxBytes() / (1024 * 1024),
                String.join(", ", EvidenceService.allowedExtensions().stream().sorted().toList())));
        limits.addClassName("view-hint");
        HorizontalLayout uploadRow = new HorizontalLayout(type, upload);
        uploadRow.setAlignItems(HorizontalLayout.Alignment.END);
        add(new H3(getTranslation("evidence.title")), grid, uploadRow, limits);
    }

    void show(String caseNumber, Runnable onChange) {
        this.caseNumber = caseNumber;
        this.onChange = onChange;
        refresh();
    }

    private void refresh() {
        grid.setItems(evidence.list(caseNumber));
    }

    private Anchor downloadLink(EvidenceItem item) {
        Long id = item.id();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            EvidenceService.EvidenceFile file = evidence.open(id);
            return new DownloadResponse(Files.newInputStream(file.path()), file.originalName(), file.contentType(),
                    file.size());
        }), item.originalName());
        link.getElement().setAttribute("download", true);
        return link;
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
