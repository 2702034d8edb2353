package org.redress.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Prints the page as a document (the print styles leave out the menu, header and buttons). A page opened with
 * {@code ?print} in its address prints itself once shown: the print view a link or bookmark can point at.
 */
public class PrintButton extends Button {

    public PrintButton() {
        super(VaadinIcon.PRINT.create());
        setText(getTranslation("action.print"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("no-print");
        addClickListener(e -> print());
    }

    private void print() {
        getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()"));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (event.getUI().getInternals().getActiveViewLocation().getQueryParameters().getParameters()
                .containsKey("print")) {
            // After the grids have drawn their rows.
            event.getUI().getPage().executeJs("setTimeout(() => window.print(), 800)");
        }
    }
}
