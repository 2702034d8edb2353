package org.redress.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The portal's two languages. English comes first so that browsers asking for a language the portal does not have
 * get English; any Chinese browser locale (zh, zh-CN, zh-TW) gets Chinese. Bundles are looked up without the JVM's
 * default-locale fallback, so a server running in a Chinese locale still serves English to English browsers.
 */
@Component
public class TranslationProvider implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
    }
}
