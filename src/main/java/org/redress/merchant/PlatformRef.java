package org.redress.merchant;

import java.util.Locale;

/** A platform as other features see it. */
public record PlatformRef(String code, String nameZh, String nameEn) {

    public String label(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
