package org.redress.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementObligations;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.ui.LocalDatePicker;
import org.redress.base.ui.Notifications;
import org.redress.base.ui.WidgetTexts;

/** Records that an obligation was fulfilled on a date, with a note and optionally the payment voucher. */
class FulfilmentDialog extends Dialog {

    FulfilmentDialog(AgreementObligations tracking, AgreementDetails agreement, AgreementDetails.Line line, ZoneId zone,
                     Consumer<AgreementDetails> changed) {
        setHeaderTitle(getTranslation("agreement.fulfilTitle", line.number()));
        DatePicker on = new LocalDatePicker(getTranslation("agreement.fulfilledOn"));
        on.setValue(LocalDate.now(zone));
        on.setMax(LocalDate.now(zone));
        TextField note = new TextField(getTranslation("agreement.note"));
        note.setWidthFull();
        note.setMaxLength(500);
        AtomicReference<Path> voucher = new AtomicReference<>();
        AtomicReference<String> voucherName = new AtomicReference<>();
        Upload upload = new Upload();
        upload.setI18n(WidgetTexts.upload(WidgetTexts.of(this)));
        upload.setMaxFiles(1);
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            voucher.set(file.toPath());
            voucherName.set(metadata.fileName());
        }));
        Button ok = new Button(getTranslation("agreement.recordFulfilment"), e -> {
            try {
                if (voucher.get() != null) {
                    try (InputStream in = Files.newInputStream(voucher.get())) {
                        changed.accept(tracking.fulfilWithVoucher(agreement.id(), line.number(), on.getValue(),
                                note.getValue(), voucherName.get(), in));
                    } finally {
                        Files.deleteIfExists(voucher.get());
                    }
                } else {
                    changed.accept(tracking.fulfil(agreement.id(), line.number(), on.getValue(), note.getValue()));
                }
                close();
                Notifications.success(getTranslation("agreement.fulfilmentRecorded", line.number()));
            } catch (InvalidInputException ex) {
                on.setInvalid(true);
                on.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            } catch (IOException ex) {
                Notifications.error(getTranslation("agreement.voucherUnreadable"));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(on, note, new Span(getTranslation("agreement.voucher")), upload);
        form.setPadding(false);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
