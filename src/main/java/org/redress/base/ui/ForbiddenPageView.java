package org.redress.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A page the user's role may not open: said in the portal's frame and the user's language, with a way back. */
@ParentLayout(MainLayout.class)
@PermitAll
public class ForbiddenPageView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>,
        HasDynamicTitle {

    public ForbiddenPageView() {
        addClassName("error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H2(getTranslation("page.forbidden.title")), new Paragraph(getTranslation("page.forbidden.text")),
                new Anchor("", getTranslation("page.backHome")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.forbidden.title") + PageLanguage.SUFFIX;
    }
}
