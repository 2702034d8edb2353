package org.redress.complaint.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.ui.Notifications;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintService;
import org.redress.merchant.MerchantService;
import org.redress.merchant.PlatformService;
import org.redress.base.Roles;

/** Corrects a case's fields; every changed field lands in the audit trail. */
@Route("cases/:caseNumber/edit")
@PageTitle("title.editCase")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class CaseEditView extends VerticalLayout implements BeforeEnterObserver {

    private final ComplaintService complaints;
    private final MerchantService merchants;
    private final PlatformService platforms;
    final ComplaintForm form;
    final Button save = new Button();
    private final H2 title = new H2();
    private ComplaintDetails details;
    private IntakeFormData data;

    public CaseEditView(ComplaintService complaints, MerchantService merchants, PlatformService platforms,
                        Clock clock) {
        this.complaints = complaints;
        this.merchants = merchants;
        this.platforms = platforms;
        this.form = new ComplaintForm(merchants, platforms, clock);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"), e -> backToCase());
        add(title, form, new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String caseNumber = event.getRouteParameters().get("caseNumber").orElse("");
        var found = complaints.find(caseNumber);
        if (found.isEmpty()) {
            event.forwardTo(CaseListView.class);
            Notifications.error(getTranslation("case.notFound", caseNumber));
            return;
        }
        details = found.get();
        title.setText(getTranslation("case.edit.title", details.caseNumber()));
        data = IntakeFormData.of(details, merchants.find(details.merchantId()).orElse(null),
                platforms.find(details.platform()).orElse(null));
        form.binder.setBean(data);
    }

    void save() {
        if (!form.binder.validate().isOk()) {
            Notifications.error(getTranslation("validation.fix"));
            return;
        }
        try {
            complaints.update(details.caseNumber(), details.version(), data.toDraft());
            Notifications.success(getTranslation("case.saved"));
            backToCase();
        } catch (InvalidInputException invalid) {
            form.showServerErrors(invalid.fieldErrors());
            Notifications.error(getTranslation("validation.fix"));
        } catch (BusinessRuleException conflict) {
            Notifications.error(conflict.getMessage());
        }
    }

    private void backToCase() {
        getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class,
                new RouteParameters("caseNumber", details.caseNumber())));
    }
}
