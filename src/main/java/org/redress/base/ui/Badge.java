package org.redress.base.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label; styled in frontend/styles/redress.css so it does not depend on a theme's badge styles. */
public final class Badge {

    /** The colour of a badge. */
    public enum Tone {
        NEUTRAL, INFO, SUCCESS, WARNING, ERROR
    }

    private Badge() {
    }

    public static Span of(String text, Tone tone) {
        Span badge = new Span(text);
        badge.addClassNames("badge", "badge-" + tone.name().toLowerCase());
        return badge;
    }
}
