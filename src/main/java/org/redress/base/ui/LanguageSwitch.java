package org.redress.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;

/** Switches the portal between Chinese and English for the rest of the session. */
public class LanguageSwitch extends Select<Locale> {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    public LanguageSwitch() {
        setItems(List.of(CHINESE, ENGLISH));
        setItemLabelGenerator(locale -> "zh".equals(locale.getLanguage()) ? "中文" : "English");
        setValue("zh".equals(UI.getCurrent().getLocale().getLanguage()) ? CHINESE : ENGLISH);
        setAriaLabel("Language / 语言");
        addClassName("language-switch");
        setWidth("8em");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
