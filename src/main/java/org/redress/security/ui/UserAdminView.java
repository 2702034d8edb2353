package org.redress.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Roles;
import org.redress.base.ui.Badge;
import org.redress.base.ui.Notifications;
import org.redress.security.AccountSummary;
import org.redress.security.CurrentUser;
import org.redress.security.NewAccount;
import org.redress.security.Role;
import org.redress.security.UserAccount;
import org.redress.security.UserAccountService;

/** Account administration: create accounts, assign roles, disable, reset passwords. */
@Menu(order = 11, title = "nav.users", icon = "vaadin:users")
@Route("admin/users")
@PageTitle("title.users")
@RolesAllowed(Roles.ADMIN)
public class UserAdminView extends VerticalLayout {

    private final UserAccountService accounts;
    private final CurrentUser currentUser;
    final Grid<AccountSummary> grid = new Grid<>(AccountSummary.class, false);
    final Button create = new Button();

    public UserAdminView(UserAccountService accounts, CurrentUser currentUser, List<AccountCreator> creators) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        setSizeFull();
        create.setText(getTranslation("users.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openCreateDialog());
        HorizontalLayout buttons = new HorizontalLayout(create);
        for (AccountCreator creator : creators) {
            Button other = new Button(creator.label(), VaadinIcon.PLUS.create(), e -> creator.open(this::refresh));
            buttons.add(other);
        }
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("nav.users")), buttons);
        toolbar.setWrap(true);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(JustifyContentMode.BETWEEN);
        toolbar.setAlignItems(Alignment.CENTER);

        grid.addColumn(AccountSummary::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("users.displayName")).setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation("role." + r)).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles")).setAutoWidth(true);
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("users.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    private Span stateBadge(AccountSummary account) {
        if (!account.enabled()) {
            return Badge.of(getTranslation("users.disabled"), Badge.Tone.ERROR);
        }
        return Badge.of(getTranslation("users.active"), Badge.Tone.SUCCESS);
    }

    private HorizontalLayout actions(AccountSummary account) {
        Button roles = new Button(getTranslation("users.editRoles"), e -> openRolesDialog(account));
        Button password = new Button(getTranslation("users.resetPassword"), e -> openPasswordDialog(account));
        Button toggle = new Button(getTranslation(account.enabled() ? "users.disable" : "users.enable"),
                e -> confirmToggle(account));
        if (account.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        for (Button b : new Button[]{roles, password, toggle}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(roles, password, toggle);
    }

    private void confirmToggle(AccountSummary account) {
        if (!account.enabled()) {
            run(() -> accounts.setEnabled(account.id(), true, currentUser.usernameOrSystem()), "users.saved");
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("users.disable.title", account.username()),
                getTranslation("users.disable.text"), getTranslation("users.disable"),
                e -> run(() -> accounts.setEnabled(account.id(), false, currentUser.usernameOrSystem()), "users.saved"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog(getTranslation("users.new"));
        TextField username = new TextField(getTranslation("users.username"));
        username.setMaxLength(UserAccount.USERNAME_MAX);
        username.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("users.displayName"));
        name.setMaxLength(UserAccount.DISPLAY_NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.password.help"));
        password.setRequiredIndicatorVisible(true);
        CheckboxGroup<Role> roles = roleGroup(EnumSet.of(Role.STAFF));
        FormLayout form = new FormLayout(username, name, password, roles);
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                accounts.create(new NewAccount(username.getValue(), name.getValue(), password.getValue(),
                        roles.getValue()));
                dialog.close();
                Notifications.success(getTranslation("users.saved"));
                refresh();
            } catch (InvalidInputException invalid) {
                Map<String, String> errors = invalid.fieldErrors();
                showError(username, errors.get("username"));
                showError(name, errors.get("displayName"));
                showError(password, errors.get("password"));
                roles.setInvalid(errors.containsKey("roles"));
                roles.setErrorMessage(errors.get("roles"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        username.focus();
    }

    private void openRolesDialog(AccountSummary account) {
        Dialog dialog = new Dialog(getTranslation("users.editRoles") + ": " + account.username());
        CheckboxGroup<Role> roles = roleGroup(account.roles());
        dialog.add(roles);
        Button save = new Button(getTranslation("action.save"), e -> {
            run(() -> accounts.setRoles(account.id(), roles.getValue()), "users.saved");
            dialog.close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openPasswordDialog(AccountSummary account) {
        Dialog dialog = new Dialog(getTranslation("users.resetPassword") + ": " + account.username());
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.password.help"));
        dialog.add(password);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                accounts.resetPassword(account.id(), password.getValue());
                dialog.close();
                Notifications.success(getTranslation("users.passwordReset"));
                refresh();
            } catch (InvalidInputException invalid) {
                showError(password, invalid.fieldErrors().get("password"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        password.focus();
    }

    private CheckboxGroup<Role> roleGroup(Set<Role> selected) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        // Respondent accounts belong to an organisation and are created with it, not here.
        roles.setItems(Arrays.stream(Role.values()).filter(r -> r != Role.RESPONDENT).toList());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role));
        roles.setValue(selected);
        return roles;
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Notifications.success(getTranslation(successKey));
        } catch (BusinessRuleException | InvalidInputException e) {
            Notifications.error(e instanceof InvalidInputException invalid
                    ? String.join("; ", invalid.fieldErrors().values()) : e.getMessage());
        }
        refresh();
    }

    private static void showError(HasValidation field, String message) {
        field.setInvalid(message != null);
        field.setErrorMessage(message);
    }
}
