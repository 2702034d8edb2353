package org.redress.watch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.redress.base.InvalidInputException;
import org.redress.base.ui.Notifications;
import org.redress.merchant.MerchantDetails;
import org.redress.merchant.MerchantEdit;
import org.redress.merchant.MerchantService;

/** Edits a merchant's aliases, credit code, parent company, contact and notes. */
class MerchantEditDialog extends Dialog {

    MerchantEditDialog(MerchantService merchantService, MerchantDetails m, Runnable saved) {
        setHeaderTitle(getTranslation("merchant.edit") + ": " + m.name());
        TextArea aliases = new TextArea(getTranslation("merchant.aliases"));
        aliases.setHelperText(getTranslation("merchant.aliases.help"));
        aliases.setValue(String.join("\n", m.aliases()));
        aliases.setWidthFull();
        TextField creditCode = new TextField(getTranslation("merchant.creditCode"));
        creditCode.setValue(m.creditCode() == null ? "" : m.creditCode());
        creditCode.setMaxLength(18);
        TextField parent = new TextField(getTranslation("merchant.parentCompany"));
        parent.setValue(m.parentCompany() == null ? "" : m.parentCompany());
        TextField contact = new TextField(getTranslation("merchant.contact"));
        contact.setValue(m.contact() == null ? "" : m.contact());
        TextArea notes = new TextArea(getTranslation("merchant.notes"));
        notes.setValue(m.notes() == null ? "" : m.notes());
        notes.setMaxLength(2000);
        FormLayout form = new FormLayout(aliases, creditCode, parent, contact, notes);
        form.setColspan(aliases, 2);
        form.setColspan(notes, 2);
        add(form);
        setWidth("min(44em, 95vw)");
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                merchantService.update(m.id(), new MerchantEdit(
                        Set.copyOf(List.of(aliases.getValue().split("[\\n,，、]"))), creditCode.getValue(),
                        parent.getValue(), contact.getValue(), notes.getValue()));
                close();
                Notifications.success(getTranslation("case.saved"));
                saved.run();
            } catch (InvalidInputException invalid) {
                creditCode.setInvalid(invalid.fieldErrors().containsKey("creditCodeValid"));
                creditCode.setErrorMessage(getTranslation("merchant.creditCode.invalid"));
                Notifications.error(String.join("; ", invalid.fieldErrors().values()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
