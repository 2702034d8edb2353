package org.redress.base.ui;

import com.vaadin.flow.component.UI;

/** Translated labels for enum constants: the bundle key is {@code <EnumSimpleName>.<CONSTANT>}. */
public final class EnumLabels {

    private EnumLabels() {
    }

    public static String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        UI ui = UI.getCurrent();
        return ui == null ? value.name() : ui.getTranslation(key);
    }
}
