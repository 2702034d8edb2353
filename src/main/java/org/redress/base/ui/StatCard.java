package org.redress.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A headline figure with its label, as dashboards and profiles show them. */
public class StatCard extends Div {

    public StatCard(String value, String label) {
        Span number = new Span(value);
        number.addClassName("stat-value");
        Span caption = new Span(label);
        caption.addClassName("stat-label");
        add(number, caption);
        addClassName("stat-card");
    }
}
