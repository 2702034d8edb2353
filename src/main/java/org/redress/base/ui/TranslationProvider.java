package org.redress.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.redress.base.Texts;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The portal's two languages. English comes first so that browsers asking for a language the portal does not have
 * get English; any Chinese browser locale (zh, zh-CN, zh-TW) gets Chinese. Bundles are looked up without the JVM's
 * default-locale fallback (see {@link Texts}), so a server running in a Chinese locale still serves English to
 * English browsers. It also tells {@link Texts} whose language a service's message is rendered in: the portal
 * user's in a view, the API client's in a request.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public TranslationProvider() {
        Texts.useLocaleOf(TranslationProvider::readersLocale);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Texts.render(key, locale, params);
    }

    private static Locale readersLocale() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            return ui.getLocale();
        }
        LocaleContext request = LocaleContextHolder.getLocaleContext();
        return request == null ? null : request.getLocale();
    }
}
