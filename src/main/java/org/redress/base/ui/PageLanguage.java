package org.redress.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.redress.base.Texts;
import org.springframework.stereotype.Component;

/**
 * After every navigation, the page says which language it is in ({@code <html lang>}, for screen readers, fonts and
 * the browser's translation offer) and its title is in that language: a view's {@code @PageTitle} names a message
 * key, as its {@code @Menu} title does.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    static final String SUFFIX = " · Redress";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> {
                Locale locale = ui.getLocale();
                ui.getPage().executeJs("document.documentElement.lang = $0",
                        Texts.effective(locale).equals(Texts.CHINESE) ? "zh-CN" : "en");
                Object view = navigation.getActiveChain().getFirst();
                PageTitle title = view.getClass().getAnnotation(PageTitle.class);
                if (title != null && !(view instanceof HasDynamicTitle)) {
                    ui.getPage().setTitle(Texts.render(title.value(), locale) + SUFFIX);
                }
            });
        });
    }
}
