package org.redress.respondent.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.redress.base.ui.Notifications;
import org.redress.base.ui.WidgetTexts;
import org.redress.complaint.EvidenceService;
import org.redress.respondent.AnswerFile;

/**
 * Files to send with an answer (a refund voucher, a courier receipt), held in temporary files until the answer is
 * saved, under the same type and size rules as the case's evidence.
 */
class AnswerFilesField extends Div {

    private record Chosen(String name, Path file) {
    }

    static final int MAX_FILES = 5;

    final Upload upload = new Upload();
    private final List<Chosen> chosen = new ArrayList<>();
    private final UnorderedList list = new UnorderedList();
    private UI ui;

    AnswerFilesField(EvidenceService evidence) {
        addClassName("answer-files");
        addAttachListener(e -> ui = e.getUI());
        addDetachListener(e -> clear());
        upload.setI18n(WidgetTexts.upload(WidgetTexts.of(this)));
        upload.setMaxFiles(MAX_FILES);
        upload.setMaxFileSize((int) evidence.maxBytes());
        upload.setAcceptedFileTypes(EvidenceService.allowedExtensions().stream().map(ext -> "." + ext)
                .toArray(String[]::new));
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> ui.access(() -> {
            chosen.add(new Chosen(metadata.fileName(), file.toPath()));
            show();
        })));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("evidence.rejected",
                e.getErrorMessage())));
        Span hint = new Span(getTranslation("respondent.filesHint", MAX_FILES, evidence.maxBytes() / (1024 * 1024)));
        hint.addClassName("view-hint");
        add(new Span(getTranslation("respondent.files")), upload, list, hint);
    }

    /** The chosen files, opened for reading; the caller closes them. */
    List<AnswerFile> open() throws IOException {
        List<AnswerFile> files = new ArrayList<>();
        for (Chosen c : chosen) {
            InputStream in = Files.newInputStream(c.file());
            files.add(new AnswerFile(c.name(), in));
        }
        return files;
    }

    int count() {
        return chosen.size();
    }

    void add(String name, Path file) {
        chosen.add(new Chosen(name, file));
        show();
    }

    /** Forgets the files (after the answer was saved, or when the form goes away). */
    void clear() {
        for (Chosen c : chosen) {
            try {
                Files.deleteIfExists(c.file());
            } catch (IOException e) {
                // Left for the JVM's temporary directory clean-up.
                c.file().toFile().deleteOnExit();
            }
        }
        chosen.clear();
        upload.clearFileList();
        show();
    }

    private void show() {
        list.removeAll();
        chosen.forEach(c -> list.add(new ListItem(c.name())));
    }
}
