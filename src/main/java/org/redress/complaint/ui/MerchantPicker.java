package org.redress.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.redress.base.InvalidInputException;
import org.redress.merchant.Merchant;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import org.redress.merchant.PlatformRef;
import org.redress.merchant.PlatformService;

/**
 * A merchant combo box that filters on the server as the user types, and offers to create the merchant when the
 * typed name matches none (Enter on an unknown name, or the "new merchant" button).
 */
class MerchantPicker extends ComboBox<MerchantSummary> {

    private final MerchantService merchants;
    private final PlatformService platforms;
    private Consumer<MerchantSummary> onCreated = m -> { };

    MerchantPicker(String label, MerchantService merchants, PlatformService platforms) {
        super(label);
        this.merchants = merchants;
        this.platforms = platforms;
        setItems(query -> merchants.suggest(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        setItemLabelGenerator(MerchantSummary::label);
        setAllowCustomValue(true);
        addCustomValueSetListener(event -> openCreateDialog(event.getDetail(), null));
        setHelperText(getTranslation("intake.merchant.help"));
    }

    void onCreated(Consumer<MerchantSummary> listener) {
        this.onCreated = listener;
    }

    Button newMerchantButton() {
        Button button = new Button(getTranslation("intake.merchant.new"), e -> openCreateDialog(null, null));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    void openCreateDialog(String typedName, PlatformRef platform) {
        Dialog dialog = new Dialog(getTranslation("intake.merchant.new"));
        TextField name = new TextField(getTranslation("merchant.name"));
        name.setMaxLength(Merchant.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setValue(typedName == null ? "" : typedName.trim());
        ComboBox<PlatformRef> platformBox = new ComboBox<>(getTranslation("complaint.platform"));
        platformBox.setItems(platforms.active());
        platformBox.setItemLabelGenerator(p -> p.label(getLocale()));
        platformBox.setRequiredIndicatorVisible(true);
        if (platform != null) {
            platformBox.setValue(platform);
        }
        TextField shopId = new TextField(getTranslation("merchant.shopId"));
        shopId.setMaxLength(Merchant.SHOP_ID_MAX);
        TextField creditCode = new TextField(getTranslation("merchant.creditCode"));
        creditCode.setMaxLength(18);
        creditCode.setHelperText(getTranslation("merchant.creditCode.help"));
        TextField contact = new TextField(getTranslation("merchant.contact"));
        contact.setMaxLength(Merchant.CONTACT_MAX);
        Div existing = new Div();
        existing.addClassName("merchant-existing");
        dialog.add(new FormLayout(name, platformBox, shopId, creditCode, contact), existing);
        Button save = new Button(getTranslation("action.save"), e -> {
            existing.removeAll();
            Optional<MerchantSummary> same = merchants.sameName(name.getValue(),
                    platformBox.getValue() == null ? null : platformBox.getValue().code());
            if (same.isPresent()) {
                // The same shop typed with other spacing or width: offer the record instead of a second one.
                Button use = new Button(getTranslation("merchant.useExisting", same.get().name()), click -> {
                    setValue(same.get());
                    dialog.close();
                });
                use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                existing.add(new Paragraph(getTranslation("merchant.sameNameExists", same.get().name(),
                        platformBox.getValue().label(getLocale()))), use);
                use.focus();
                return;
            }
            try {
                MerchantSummary created = merchants.create(new NewMerchant(name.getValue(),
                        platformBox.getValue() == null ? null : platformBox.getValue().code(), shopId.getValue(),
                        creditCode.getValue(), contact.getValue(), null, Set.of()));
                setValue(created);
                onCreated.accept(created);
                dialog.close();
            } catch (InvalidInputException invalid) {
                Map<String, String> errors = invalid.fieldErrors();
                name.setInvalid(errors.containsKey("name"));
                name.setErrorMessage(errors.get("name"));
                platformBox.setInvalid(errors.containsKey("platformCode"));
                platformBox.setErrorMessage(getTranslation("validation.required"));
                creditCode.setInvalid(errors.containsKey("creditCodeValid"));
                creditCode.setErrorMessage(getTranslation("merchant.creditCode.invalid"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }
}
