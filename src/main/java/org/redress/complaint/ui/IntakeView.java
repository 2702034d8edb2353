package org.redress.complaint.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.redress.base.InvalidInputException;
import org.redress.base.ui.Notifications;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintService;
import org.redress.merchant.MerchantService;
import org.redress.merchant.PlatformService;
import org.redress.security.Roles;

/** Intake of a new complaint. */
@Route("cases/new")
@PageTitle("New complaint · Redress")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class IntakeView extends VerticalLayout {

    private final ComplaintService complaints;
    final ComplaintForm form;
    final Button save = new Button();
    final Button clear = new Button();
    private IntakeFormData data = new IntakeFormData();

    public IntakeView(ComplaintService complaints, MerchantService merchants, PlatformService platforms, Clock clock) {
        this.complaints = complaints;
        this.form = new ComplaintForm(merchants, platforms, clock);
        addClassName("intake-view");
        data.setReceivedAt(LocalDate.now(clock));
        form.binder.setBean(data);

        save.setText(getTranslation("intake.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.addClickListener(e -> save());
        clear.setText(getTranslation("intake.clear"));
        clear.addClickListener(e -> reset(clock));
        Paragraph hint = new Paragraph(getTranslation("intake.hint"));
        hint.addClassName("view-hint");
        add(new H2(getTranslation("nav.intake")), hint, form, new HorizontalLayout(save, clear));
        form.consumerName.focus();
    }

    void save() {
        if (!form.binder.validate().isOk()) {
            Notifications.error(getTranslation("validation.fix"));
            return;
        }
        try {
            ComplaintDetails created = complaints.file(data.toDraft());
            Notifications.success(getTranslation("intake.saved", created.caseNumber()));
            getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class,
                    new RouteParameters("caseNumber", created.caseNumber())));
        } catch (InvalidInputException invalid) {
            form.showServerErrors(invalid.fieldErrors());
            Notifications.error(getTranslation("validation.fix"));
        }
    }

    private void reset(Clock clock) {
        data = new IntakeFormData();
        data.setReceivedAt(LocalDate.now(clock));
        form.binder.setBean(data);
    }
}
