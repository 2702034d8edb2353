package org.redress.dispute.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.redress.base.InvalidInputException;
import org.redress.base.ui.Notifications;
import org.redress.dispute.DisputeDetails;
import org.redress.dispute.DisputeService;
import org.redress.dispute.Representative;

/** Edits the class representatives who act for the members: a name and a contact each; blank rows are dropped. */
class RepresentativesDialog extends Dialog {

    RepresentativesDialog(DisputeService service, DisputeDetails dispute, Runnable saved) {
        setHeaderTitle(getTranslation("dispute.representatives"));
        List<TextField[]> rows = new ArrayList<>();
        VerticalLayout list = new VerticalLayout();
        Runnable addRow = () -> {
            TextField name = new TextField(getTranslation("dispute.repName"));
            TextField contact = new TextField(getTranslation("dispute.repContact"));
            rows.add(new TextField[] {name, contact});
            list.add(new HorizontalLayout(name, contact));
        };
        for (Representative r : dispute.representatives()) {
            addRow.run();
            rows.getLast()[0].setValue(r.name());
            rows.getLast()[1].setValue(r.contact() == null ? "" : r.contact());
        }
        if (rows.isEmpty()) {
            addRow.run();
        }
        Button more = new Button(getTranslation("dispute.addRepresentative"), e -> addRow.run());
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, more);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button save = new Button(getTranslation("action.save"), e -> {
            List<Representative> chosen = rows.stream().filter(r -> !r[0].getValue().isBlank())
                    .map(r -> new Representative(r[0].getValue().trim(),
                            r[1].getValue().isBlank() ? null : r[1].getValue().trim(), null)).toList();
            try {
                service.setRepresentatives(dispute.id(), chosen);
                close();
                saved.run();
            } catch (InvalidInputException ex) {
                Notifications.error(String.join("; ", ex.fieldErrors().values()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
