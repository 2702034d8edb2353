package org.redress.complaint.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.audit.ui.AuditTimeline;
import org.redress.base.BusinessRuleException;
import org.redress.base.Roles;
import org.redress.base.StoredText;
import org.redress.base.ui.ActorLabel;
import org.redress.base.ui.Badge;
import org.redress.base.ui.DetailColumns;
import org.redress.base.ui.EnumLabels;
import org.redress.base.ui.Notifications;
import org.redress.base.ui.PrintButton;
import org.redress.complaint.CaseMerging;
import org.redress.complaint.CaseWorkflow;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.Consent;
import org.redress.complaint.EscalationTarget;
import org.redress.complaint.EvidenceService;
import org.redress.merchant.PlatformService;
import org.redress.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/** One case: all its fields, its evidence, the steps the user's role may take, and its audit timeline. */
@Route("cases/:caseNumber")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class CaseDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ComplaintService complaints;
    private final CaseWorkflow workflow;
    private final EvidencePanel evidencePanel;
    private final AuditTimeline timeline;

    final H2 title = new H2();
    final HorizontalLayout badges = new HorizontalLayout();
    final FlexLayout actions = new FlexLayout();
    final Div fields = new Div();
    final Paragraph narrative = new Paragraph();
    private final CurrentUser currentUser;
    private final PlatformService platforms;
    private ComplaintDetails details;

    final MergePanel mergePanel;
    /** What later features add to the page (sessions, agreements), in their order. */
    private final List<CaseSection> sections;

    public CaseDetailView(ComplaintService complaints, CaseWorkflow workflow, EvidenceService evidence,
                          AuditService audit, CurrentUser currentUser, PlatformService platforms, Clock clock,
                          CaseMerging merging, List<CaseSection.Factory> sectionFactories) {
        this.sections = sectionFactories.stream().sorted(Comparator.comparingInt(CaseSection.Factory::order))
                .map(CaseSection.Factory::createCaseSection).toList();
        this.currentUser = currentUser;
        this.platforms = platforms;
        this.complaints = complaints;
        this.workflow = workflow;
        this.evidencePanel = new EvidencePanel(evidence, clock.getZone());
        this.timeline = new AuditTimeline(audit, clock.getZone());
        this.mergePanel = new MergePanel(merging, complaints, evidence, audit, clock.getZone(), this::reload);
        addClassName("case-detail-view");
        actions.addClassNames("case-actions", "no-print");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.addClassName("case-fields");
        narrative.addClassName("case-narrative");
        HorizontalLayout heading = new HorizontalLayout(title, badges, new PrintButton());
        heading.setAlignItems(Alignment.BASELINE);
        VerticalLayout main = new VerticalLayout(mergePanel, fields, new H3(getTranslation("complaint.narrative")),
                narrative);
        sections.forEach(section -> main.add(section.component()));
        main.add(evidencePanel);
        Div columns = DetailColumns.of(main, timeline);
        add(heading, actions, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String caseNumber = event.getRouteParameters().get("caseNumber").orElse("");
        var found = complaints.find(caseNumber);
        if (found.isEmpty()) {
            Notifications.error(getTranslation("case.notFound", caseNumber));
            event.forwardTo(CaseListView.class);
            return;
        }
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return (details == null ? "" : details.caseNumber() + " · ") + "Redress";
    }

    void show(ComplaintDetails d) {
        this.details = d;
        title.setText(d.caseNumber());
        badges.removeAll();
        badges.add(StatusBadge.of(d.status()));
        if (d.overdue()) {
            badges.add(Badge.of(getTranslation("case.overdue", d.deadlineOn()), Badge.Tone.ERROR));
        } else if (d.deadlineOn() != null) {
            badges.add(Badge.of(getTranslation("case.dueOn", d.deadlineOn()), Badge.Tone.NEUTRAL));
        }
        renderActions(d);
        renderFields(d);
        mergePanel.show(d);
        narrative.setText(d.narrative());
        evidencePanel.show(d.caseNumber(), this::refreshTimeline);
        sections.forEach(section -> section.show(d, this::reload));
        refreshTimeline();
    }

    private void refreshTimeline() {
        timeline.show(AuditSubject.COMPLAINT, details.id());
    }

    private void reload() {
        show(complaints.get(details.caseNumber()));
    }

    private void renderActions(ComplaintDetails d) {
        actions.removeAll();
        Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(CaseEditView.class,
                        new RouteParameters("caseNumber", d.caseNumber()))));
        actions.add(edit);
        String me = currentUser.usernameOrSystem();
        if (!me.equals(d.assignee())) {
            actions.add(new Button(getTranslation("case.assignToMe"), VaadinIcon.USER_CHECK.create(),
                    e -> act(() -> workflow.assign(d.caseNumber(), me))));
        }
        for (ComplaintStatus target : ComplaintStatus.values()) {
            if (d.allowedTransitions().contains(target)) {
                Button step = new Button(getTranslation("transition." + target), e -> confirmTransition(target));
                if (target == ComplaintStatus.REJECTED || target == ComplaintStatus.ESCALATED
                        || target == ComplaintStatus.WITHDRAWN) {
                    step.addThemeVariants(ButtonVariant.LUMO_ERROR);
                } else {
                    step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                step.addClassName("transition-" + target.name().toLowerCase());
                actions.add(step);
            }
        }
    }

    void confirmTransition(ComplaintStatus target) {
        boolean needsReason = target == ComplaintStatus.REJECTED || target == ComplaintStatus.ESCALATED
                || target == ComplaintStatus.WITHDRAWN;
        if (!needsReason) {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("transition." + target),
                    getTranslation("transition.confirm", details.caseNumber(), EnumLabels.of(target)),
                    getTranslation("action.confirm"), e -> act(() -> workflow.transition(details.caseNumber(), target,
                    null, null)));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
            return;
        }
        Dialog dialog = new Dialog(getTranslation("transition." + target));
        TextArea reason = new TextArea(getTranslation("transition.reason"));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setRequired(target == ComplaintStatus.REJECTED);
        ComboBox<EscalationTarget> where = new ComboBox<>(getTranslation("transition.escalationTarget"));
        where.setItems(EscalationTarget.values());
        where.setItemLabelGenerator(EnumLabels::of);
        where.setVisible(target == ComplaintStatus.ESCALATED);
        where.setRequired(target == ComplaintStatus.ESCALATED);
        dialog.add(new VerticalLayout(where, reason));
        Button ok = new Button(getTranslation("action.confirm"), e -> {
            if (target == ComplaintStatus.REJECTED && reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            if (target == ComplaintStatus.ESCALATED && where.getValue() == null) {
                where.setInvalid(true);
                where.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            if (act(() -> workflow.transition(details.caseNumber(), target, reason.getValue(), where.getValue()))) {
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
        reason.focus();
    }

    private boolean act(Runnable action) {
        try {
            action.run();
            Notifications.success(getTranslation("case.saved"));
            reload();
            return true;
        } catch (BusinessRuleException | AccessDeniedException e) {
            Notifications.error(e.getMessage());
            return false;
        }
    }

    private void renderFields(ComplaintDetails d) {
        fields.removeAll();
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        fields.add(group("intake.section.consumer",
                field("complaint.consumerName", d.consumerName()),
                field("complaint.consumerPhone", d.consumerPhone()),
                field("complaint.consumerEmail", d.consumerEmail()),
                field("complaint.province", join(d.province(), d.city()))));
        fields.add(group("intake.section.purchase",
                field("complaint.merchant", d.merchantName() + (d.merchantShopId() == null ? "" : " (" + d.merchantShopId() + ")")),
                field("complaint.platform", platforms.find(d.platform()).map(p -> p.label(getLocale())).orElse(d.platform())),
                field("complaint.orderNumber", d.orderNumber()),
                field("complaint.platformTicket", d.platformTicket()),
                field("complaint.purchaseDate", d.purchaseDate()),
                field("complaint.paymentMethod", EnumLabels.of(d.paymentMethod())),
                field("complaint.amountPaid", money.format(d.amountPaid())),
                field("complaint.amountClaimed", money.format(d.amountClaimed()))));
        fields.add(group("intake.section.complaint",
                field("complaint.receivedAt", d.receivedAt()),
                field("complaint.channel", EnumLabels.of(d.channel())),
                field("complaint.category", EnumLabels.of(d.category())),
                field("complaint.assignee", d.assignee()),
                field("complaint.externalId", d.externalId()),
                field("case.statusReason", StoredText.render(d.statusReason(), getLocale())),
                field("transition.escalationTarget", EnumLabels.of(d.escalationTarget())),
                field("case.createdBy", ActorLabel.of(d.createdBy()))));
        fields.add(group("case.section.deadlines",
                field("case.acceptDue", d.acceptDueOn()),
                field("case.acceptedOn", d.acceptedOn()),
                field("case.platformReplyDue", d.platformReplyDueOn()),
                field("case.mediationDue", d.mediationDueOn()),
                field("case.deadlineMissed", getTranslation(d.deadlineMissed() ? "common.yes" : "common.no"))));
        fields.add(group("case.section.consent",
                field("case.consent.share", consent(d.shareConsent())),
                field("case.consent.publish", consent(d.publicationConsent()))));
    }

    private String consent(Consent consent) {
        if (consent == null || consent.recordedOn() == null) {
            return getTranslation("consent.none");
        }
        return getTranslation(consent.given() ? "consent.given" : "consent.refused", consent.recordedOn(),
                EnumLabels.of(consent.channel()));
    }

    private Div group(String titleKey, Component... items) {
        Div group = new Div();
        group.addClassName("field-group");
        H3 heading = new H3(getTranslation(titleKey));
        Div list = new Div(items);
        list.addClassName("field-list");
        group.add(heading, list);
        return group;
    }

    private Div field(String labelKey, Object value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        String text = value == null || value.toString().isBlank() ? "—" : value.toString();
        Span content = new Span(text);
        content.addClassName("field-value");
        Div field = new Div(label, content);
        field.addClassName("field");
        return field;
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + (b == null || b.isBlank() ? "" : " " + b);
    }
}
