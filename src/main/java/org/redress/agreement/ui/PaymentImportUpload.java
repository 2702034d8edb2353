package org.redress.agreement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.redress.agreement.PaymentImportResult;
import org.redress.agreement.PaymentMatching;
import org.redress.base.ui.CsvUpload;
import org.redress.base.ui.Notifications;

/**
 * A payment file from the merchant or platform (caseNumber,amount,paidOn,reference) matched at once; the rows not
 * matched, and the over- and under-payments, stay listed until the next file so each can be followed up.
 */
class PaymentImportUpload extends Div {

    private static final int SHOWN = 100;

    final Upload upload;
    final Div outcome = new Div();

    PaymentImportUpload(PaymentMatching matching, LongSupplier agreementId, Runnable matched) {
        addClassName("payment-import");
        Paragraph hint = new Paragraph(getTranslation("schedule.paymentsHint"));
        hint.addClassName("view-hint");
        upload = CsvUpload.of(in -> matching.importCsv(agreementId.getAsLong(), in), result -> {
            matched.run();
            show(result);
        });
        add(new H4(getTranslation("schedule.payments")), hint, upload, outcome);
    }

    void show(PaymentImportResult result) {
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        outcome.removeAll();
        String summary = getTranslation("schedule.paymentsMatched", result.matched(), result.unmatched().size(),
                result.overpaid().size(), result.underpaid().size());
        outcome.add(new Paragraph(summary));
        list(getTranslation("schedule.unmatched"), result.unmatched().stream()
                .map(e -> getTranslation("dispute.consentImportRow", e.row(), e.reason())).toList());
        list(getTranslation("schedule.overpaid"), result.overpaid().stream()
                .map(d -> getTranslation("schedule.overpaidRow", d.row(), d.caseNumber(), money.format(d.amount())))
                .toList());
        list(getTranslation("schedule.underpaid"), result.underpaid().stream()
                .map(d -> getTranslation("schedule.underpaidRow", d.row(), d.caseNumber(), d.instalment(),
                        money.format(d.amount()))).toList());
        Notifications.success(summary);
    }

    private void list(String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        items.stream().limit(SHOWN).forEach(i -> list.add(new ListItem(i)));
        if (items.size() > SHOWN) {
            list.add(new ListItem(getTranslation("schedule.more", items.size() - SHOWN)));
        }
        outcome.add(new Paragraph(heading), list);
    }
}
