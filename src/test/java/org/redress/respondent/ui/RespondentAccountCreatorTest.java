package org.redress.respondent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.respondent.RespondentKind;
import org.redress.security.AccountSummary;
import org.redress.security.Role;
import org.redress.security.ui.UserAdminView;
import org.springframework.security.test.context.support.WithMockUser;

/** The administrator creates a respondent organisation with its account from the user page. */
@RedressTest
class RespondentAccountCreatorTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    @SuppressWarnings("unchecked")
    void aPayLaterProviderGetsAnAccountFromTheUserPage() {
        navigate(UserAdminView.class);
        Grid<AccountSummary> accounts = find(Grid.class).single();
        int before = test(accounts).size();
        test(find(Button.class).withText("New respondent account").single()).click();

        Select<RespondentKind> kind = find(Select.class).withCaption("Kind").single();
        kind.setValue(RespondentKind.PAYMENT_PROVIDER);
        assertThat(find(MultiSelectComboBox.class).all()).as("shop records belong to a merchant only").isEmpty();
        test(find(TextField.class).withCaption("\"Use first, pay later\" service").single()).setValue("抖音月付");
        test(find(TextField.class).withCaption("Username").single()).setValue("yuefu-desk");
        test(find(PasswordField.class).withCaption("Password").single()).setValue("Pause-Instalments-7");
        test(find(Button.class).withText("Save").last()).click();

        assertThat(test(accounts).size()).isEqualTo(before + 1);
        assertThat(accounts.getGenericDataView().getItems()).anySatisfy(account -> {
            assertThat(account.username()).isEqualTo("yuefu-desk");
            assertThat(account.displayName()).isEqualTo("抖音月付");
            assertThat(account.roles()).isEqualTo(Set.of(Role.RESPONDENT));
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    @SuppressWarnings("unchecked")
    void aMerchantWithoutShopRecordsIsExplainedAndWhatWasTypedStays() {
        navigate(UserAdminView.class);
        Grid<AccountSummary> accounts = find(Grid.class).single();
        int before = test(accounts).size();
        test(find(Button.class).withText("New respondent account").single()).click();

        TextField username = find(TextField.class).withCaption("Username").single();
        test(username).setValue("no-shop-yet");
        test(find(PasswordField.class).withCaption("Password").single()).setValue("Pause-Instalments-7");
        test(find(Button.class).withText("Save").last()).click();

        MultiSelectComboBox<?> shops = find(MultiSelectComboBox.class)
                .withCaption("Merchants (one or several shop records)").single();
        assertThat(shops.isInvalid()).isTrue();
        assertThat(shops.getErrorMessage()).isNotBlank().doesNotContain("error.");
        assertThat(username.getValue()).isEqualTo("no-shop-yet");
        assertThat(test(accounts).size()).isEqualTo(before);
    }
}
