package org.redress.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.function.Consumer;
import java.util.function.Function;
import org.redress.base.InvalidInputException;
import org.redress.base.MessageException;

/**
 * An upload of one CSV file handed to a service as it arrives: the result is shown in the page's UI, a refused file
 * is said in a notification, and the file list is cleared for the next one. The request that carries the file is
 * the signed-in user's, so the service checks their role as usual.
 */
public final class CsvUpload {

    private CsvUpload() {
    }

    public static <T> Upload of(Function<InputStream, T> service, Consumer<T> shown) {
        Upload upload = new Upload();
        UI[] ui = new UI[1];
        upload.addAttachListener(e -> {
            ui[0] = e.getUI();
            upload.setI18n(WidgetTexts.upload(WidgetTexts.of(upload)));
        });
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                T result = service.apply(in);
                ui[0].access(() -> shown.accept(result));
            } catch (InvalidInputException e) {
                ui[0].access(() -> Notifications.error(String.join("; ", e.fieldErrors().values())));
            } catch (MessageException e) {
                ui[0].access(() -> Notifications.error(e.getMessage()));
            } finally {
                Files.deleteIfExists(file.toPath());
                ui[0].access(upload::clearFileList);
            }
        }));
        return upload;
    }
}
