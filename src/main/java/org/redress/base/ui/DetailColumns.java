package org.redress.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The two columns of every detail page (case, dispute, session, agreement): the record, and its timeline beside it. */
public final class DetailColumns {

    private DetailColumns() {
    }

    public static Div of(VerticalLayout main, Component timeline) {
        main.setPadding(false);
        main.addClassName("case-main");
        Div columns = new Div(main, timeline);
        columns.addClassName("case-columns");
        return columns;
    }
}
