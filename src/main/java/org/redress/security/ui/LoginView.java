package org.redress.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.redress.base.ui.LanguageSwitch;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in. Tells the user when an account is locked after repeated failures, or disabled. */
@Route(value = "login", autoLayout = false)
@PageTitle("Redress")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));
        H1 title = new H1(getTranslation("app.name"));
        Paragraph subtitle = new Paragraph(getTranslation("app.title"));
        subtitle.addClassName("login-subtitle");
        Div header = new Div(title, subtitle);
        header.addClassName("login-header");
        add(new LanguageSwitch(), header, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(i18n(lastFailure()));
            form.setError(true);
        }
    }

    private static Exception lastFailure() {
        VaadinRequest request = VaadinRequest.getCurrent();
        WrappedSession session = request == null ? null : request.getWrappedSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof Exception exception ? exception : null;
    }

    private LoginI18n i18n(Exception failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (failure instanceof LockedException) {
            error.setTitle(getTranslation("login.locked.title"));
            error.setMessage(getTranslation("login.locked.message"));
        } else if (failure instanceof DisabledException) {
            error.setTitle(getTranslation("login.disabled.title"));
            error.setMessage(getTranslation("login.disabled.message"));
        } else {
            error.setTitle(getTranslation("login.failed.title"));
            error.setMessage(getTranslation("login.failed.message"));
        }
        return i18n;
    }
}
