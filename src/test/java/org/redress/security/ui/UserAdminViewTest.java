package org.redress.security.ui;

import org.redress.RedressTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redress.complaint.ui.CaseListView;
import org.redress.security.Role;
import org.redress.statistics.ui.StatisticsView;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@RedressTest
@Transactional
class UserAdminViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_administrator_creates_an_account_with_roles() {
        UserAdminView view = navigate(UserAdminView.class);
        int before = test(view.grid).size();

        test(view.create).click();
        test(find(TextField.class).withCaption("Username").single()).setValue("newmediator");
        test(find(TextField.class).withCaption("Name").single()).setValue("新调解员");
        test(find(PasswordField.class).withCaption("Password").single()).setValue("long-enough-1");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = find(CheckboxGroup.class).single();
        roles.setValue(Set.of(Role.MEDIATOR));
        test(find(Button.class).withText("Save").last()).click();

        assertThat(test(view.grid).size()).isEqualTo(before + 1);
        assertThat(view.grid.getGenericDataView().getItems())
                .anySatisfy(account -> {
                    assertThat(account.username()).isEqualTo("newmediator");
                    assertThat(account.roles()).containsExactly(Role.MEDIATOR);
                });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_too_short_password_is_explained_and_the_dialog_stays_open() {
        UserAdminView view = navigate(UserAdminView.class);
        test(view.create).click();
        test(find(TextField.class).withCaption("Username").single()).setValue("shorty");
        test(find(TextField.class).withCaption("Name").single()).setValue("Shorty");
        PasswordField password = find(PasswordField.class).withCaption("Password").single();
        test(password).setValue("123");
        test(find(Button.class).withText("Save").last()).click();

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getValue()).isEqualTo("123");
    }

    @Test
    @WithMockUser(username = "regulator", roles = "REGULATOR")
    void a_regulator_cannot_open_the_case_list_or_the_user_administration() {
        navigate(StatisticsView.class);
        assertThat(getCurrentView()).isInstanceOf(StatisticsView.class);
        try {
            navigate(CaseListView.class);
        } catch (RuntimeException refused) {
            // Depending on the set-up, a denied navigation throws or shows an error view; either way no list.
        }
        assertThat(getCurrentView()).isNotInstanceOf(CaseListView.class);
        try {
            navigate(UserAdminView.class);
        } catch (RuntimeException refused) {
            // as above
        }
        assertThat(getCurrentView()).isNotInstanceOf(UserAdminView.class);
    }
}
