package org.redress.complaint.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.redress.base.InvalidInputException;
import org.redress.base.ui.Notifications;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.EvidenceService;
import org.redress.merchant.MerchantService;
import org.redress.merchant.PlatformService;
import org.redress.base.Roles;

/** Intake of a new complaint. */
@Menu(order = 9, title = "nav.intake", icon = "vaadin:plus-circle")
@Route("cases/new")
@PageTitle("title.intake")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class IntakeView extends VerticalLayout {

    private final ComplaintService complaints;
    final ComplaintForm form;
    final Button save = new Button();
    final IntakeEvidence evidence;
    final Button clear = new Button();
    private IntakeFormData data = new IntakeFormData();

    private final List<IntakeAdvisor> advisors;

    public IntakeView(ComplaintService complaints, MerchantService merchants, PlatformService platforms, Clock clock,
                      List<IntakeAdvisor> advisors, EvidenceService evidence) {
        this.complaints = complaints;
        this.advisors = advisors;
        this.form = new ComplaintForm(merchants, platforms, clock);
        this.evidence = new IntakeEvidence(evidence);
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
        add(new H2(getTranslation("nav.intake")), hint, form, this.evidence, new HorizontalLayout(save, clear));
        form.consumerName.focus();
    }

    void save() {
        if (!form.binder.validate().isOk()) {
            form.focusFirstInvalid();
            Notifications.formError(getTranslation("validation.fix"));
            return;
        }
        List<IntakeAdvisor.IntakeHint> hints = new ArrayList<>();
        try {
            ComplaintDraft draft = data.toDraft();
            advisors.forEach(advisor -> hints.addAll(advisor.adviseOn(draft)));
        } catch (RuntimeException e) {
            // Advice is a help, never a reason to lose the complaint: file without it.
            hints.clear();
        }
        if (hints.isEmpty()) {
            file(null);
        } else {
            showHints(hints);
        }
    }

    /** Before saving: likely duplicates and open class disputes, with the choice to look first or file anyway. */
    void showHints(List<IntakeAdvisor.IntakeHint> hints) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("intake.hintsTitle"));
        dialog.add(new Paragraph(getTranslation("intake.hintsText")));
        for (IntakeAdvisor.IntakeHint hint : hints) {
            Anchor link = new Anchor(hint.link(), hint.message());
            link.setTarget("_blank");
            Div row = new Div(link);
            if (hint.attach() != null) {
                Button attach = new Button(hint.attachLabel(), e -> {
                    dialog.close();
                    file(hint.attach());
                });
                attach.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(attach);
            }
            row.addClassName("intake-hint");
            dialog.add(row);
        }
        Button back = new Button(getTranslation("intake.hintsBack"), e -> dialog.close());
        Button fileAnyway = new Button(getTranslation("intake.hintsFile"), e -> {
            dialog.close();
            file(null);
        });
        fileAnyway.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(back, fileAnyway);
        dialog.open();
        hintDialog = dialog;
    }

    Dialog hintDialog;

    /** Files the complaint, then hands its case number to {@code attach} (if any), e.g. to join a class dispute. */
    void file(Consumer<String> attach) {
        try {
            ComplaintDetails created = complaints.file(data.toDraft());
            evidence.attachTo(created.caseNumber());
            if (attach != null) {
                try {
                    attach.accept(created.caseNumber());
                } catch (RuntimeException e) {
                    // The complaint is filed; say what did not work instead of losing it.
                    Notifications.error(e.getMessage());
                }
            }
            Notifications.clear();
            Notifications.success(getTranslation("intake.saved", created.caseNumber()));
            getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class,
                    new RouteParameters("caseNumber", created.caseNumber())));
        } catch (InvalidInputException invalid) {
            form.showServerErrors(invalid.fieldErrors());
            form.focusFirstInvalid();
            Notifications.formError(getTranslation("validation.fix"));
        }
    }

    private void reset(Clock clock) {
        data = new IntakeFormData();
        data.setReceivedAt(LocalDate.now(clock));
        form.binder.setBean(data);
    }
}
