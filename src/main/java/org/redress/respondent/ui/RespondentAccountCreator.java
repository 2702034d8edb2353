package org.redress.respondent.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.redress.base.InvalidInputException;
import org.redress.base.MessageException;
import org.redress.base.ui.Notifications;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.PlatformRef;
import org.redress.merchant.PlatformService;
import org.redress.respondent.NewRespondent;
import org.redress.respondent.RespondentCreated;
import org.redress.respondent.RespondentDirectory;
import org.redress.respondent.RespondentKind;
import org.redress.security.ui.AccountCreator;
import org.springframework.stereotype.Component;

/**
 * "New respondent account" on the user page: a merchant (one or several shop records), a platform or a "use first,
 * pay later" provider, with its first account, under the same password rules as every account.
 */
@Component
class RespondentAccountCreator implements AccountCreator {

    private final RespondentDirectory directory;
    private final MerchantService merchants;
    private final PlatformService platforms;
    Dialog dialog;

    RespondentAccountCreator(RespondentDirectory directory, MerchantService merchants, PlatformService platforms) {
        this.directory = directory;
        this.merchants = merchants;
        this.platforms = platforms;
    }

    @Override
    public String label() {
        return t("respondent.newAccount");
    }

    @Override
    public void open(Runnable created) {
        dialog = new Dialog();
        dialog.setHeaderTitle(t("respondent.newAccount"));
        Select<RespondentKind> kind = new Select<>();
        kind.setLabel(t("respondent.kind"));
        kind.setItems(RespondentKind.values());
        kind.setItemLabelGenerator(k -> t("RespondentKind." + k.name()));
        kind.setValue(RespondentKind.MERCHANT);
        MultiSelectComboBox<MerchantSummary> shops = new MultiSelectComboBox<>(t("respondent.merchants"));
        shops.setItemLabelGenerator(MerchantSummary::label);
        shops.setItems(query -> merchants.suggestNames(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        Select<PlatformRef> platform = new Select<>();
        platform.setLabel(t("complaint.platform"));
        platform.setItems(platforms.active());
        platform.setItemLabelGenerator(p -> p == null ? "—" : p.label(UI.getCurrent().getLocale()));
        platform.setEmptySelectionAllowed(true);
        TextField provider = new TextField(t("respondent.providerName"));
        TextField name = new TextField(t("respondent.name"));
        name.setHelperText(t("respondent.name.help"));
        TextField username = new TextField(t("users.username"));
        PasswordField password = new PasswordField(t("users.password"));
        password.setHelperText(t("users.password.help"));
        Runnable byKind = () -> {
            shops.setVisible(kind.getValue() == RespondentKind.MERCHANT);
            platform.setVisible(kind.getValue() != RespondentKind.MERCHANT);
            provider.setVisible(kind.getValue() == RespondentKind.PAYMENT_PROVIDER);
        };
        kind.addValueChangeListener(e -> byKind.run());
        byKind.run();
        FormLayout form = new FormLayout(kind, shops, platform, provider, name, username, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(shops, 2);
        dialog.add(form);
        Map<String, HasValidation> fields = Map.of("kind", kind, "merchantIds", shops, "platformCode", platform,
                "providerName", provider, "name", name, "username", username, "password", password);
        Button save = new Button(t("action.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                RespondentCreated done = directory.create(new NewRespondent(kind.getValue(),
                        shops.getValue().stream().map(MerchantSummary::id).toList(),
                        platform.getValue() == null ? null : platform.getValue().code(), provider.getValue(),
                        name.getValue(), username.getValue(), password.getValue()));
                dialog.close();
                Notifications.success(t("respondent.accountCreated", done.name(), done.username()));
                created.run();
            } catch (InvalidInputException ex) {
                ex.fieldErrors().forEach((field, message) -> {
                    HasValidation f = fields.get(field);
                    if (f != null) {
                        f.setErrorMessage(message);
                        f.setInvalid(true);
                    }
                });
                List<String> elsewhere = ex.fieldErrors().keySet().stream().filter(k -> !fields.containsKey(k))
                        .toList();
                if (!elsewhere.isEmpty()) {
                    Notifications.error(String.join("；", elsewhere.stream().map(ex.fieldErrors()::get).toList()));
                }
            } catch (MessageException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(t("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
