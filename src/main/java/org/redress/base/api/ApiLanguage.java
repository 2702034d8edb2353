package org.redress.base.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language the API answers in: the client's {@code Accept-Language} (Chinese or English), Chinese when the
 * header is missing or names neither. Used by Spring MVC for controllers and their errors, and directly for the
 * errors written before a controller runs (sign-in, unknown paths, refused addresses).
 */
@Configuration(proxyBeanMethods = false)
public class ApiLanguage {

    private static final AcceptHeaderLocaleResolver RESOLVER = new AcceptHeaderLocaleResolver();

    static {
        RESOLVER.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.CHINESE, Locale.ENGLISH));
        RESOLVER.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    }

    public static Locale of(HttpServletRequest request) {
        return RESOLVER.resolveLocale(request);
    }

    /**
     * The language of an export: its {@code lang} parameter ("zh-CN", "en") when given, else the request's
     * {@code Accept-Language}. Chinese for any Chinese tag, English for anything else.
     */
    public static Locale of(String lang) {
        return lang == null || lang.isBlank() ? LocaleContextHolder.getLocale() : Locale.forLanguageTag(lang.strip());
    }

    @Bean
    LocaleResolver localeResolver() {
        return RESOLVER;
    }
}
