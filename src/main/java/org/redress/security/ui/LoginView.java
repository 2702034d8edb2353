package org.redress.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.redress.base.ui.LanguageSwitch;
import org.redress.security.PortalSignIn;

/**
 * Sign-in. The credentials go to {@link PortalSignIn} over Vaadin's channel (no cross-site form POST can sign anyone
 * in); one message for every failure, so the page never tells whether a user name exists or is blocked.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("title.home")
@AnonymousAllowed
public class LoginView extends VerticalLayout {

    final LoginForm form = new LoginForm();

    public LoginView(PortalSignIn signIn) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        form.addLoginListener(event -> {
            if (signIn.signIn(event.getUsername(), event.getPassword(),
                    VaadinServletRequest.getCurrent().getHttpServletRequest(),
                    VaadinServletResponse.getCurrent().getHttpServletResponse())) {
                UI.getCurrent().getPage().setLocation(VaadinServletRequest.getCurrent().getContextPath() + "/");
            } else {
                form.setError(true);
                form.setEnabled(true);
            }
        });
        H1 title = new H1(getTranslation("app.name"));
        Paragraph subtitle = new Paragraph(getTranslation("app.title"));
        subtitle.addClassName("login-subtitle");
        Div header = new Div(title, subtitle);
        header.addClassName("login-header");
        add(new LanguageSwitch(), header, form);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.failed.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.failed.message"));
        return i18n;
    }
}
