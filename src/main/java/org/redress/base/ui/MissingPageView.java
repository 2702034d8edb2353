package org.redress.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** An address that leads nowhere: said in the portal's frame and the user's language, with a way back. */
@ParentLayout(MainLayout.class)
@PermitAll
public class MissingPageView extends VerticalLayout implements HasErrorParameter<NotFoundException>,
        HasDynamicTitle {

    public MissingPageView() {
        addClassName("error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H2(getTranslation("page.notFound.title")),
                new Paragraph(getTranslation("page.notFound.text", event.getLocation().getPath())),
                new Anchor("", getTranslation("page.backHome")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.notFound.title") + PageLanguage.SUFFIX;
    }
}
