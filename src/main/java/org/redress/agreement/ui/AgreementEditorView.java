package org.redress.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementDraft;
import org.redress.agreement.AgreementDrafting;
import org.redress.agreement.AgreementQueries;
import org.redress.agreement.AgreementStatus;
import org.redress.agreement.ObligationKind;
import org.redress.agreement.ObligationLine;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.redress.base.ui.Notifications;
import org.redress.dispute.CaseRef;
import org.redress.dispute.DisputeMemberRow;
import org.redress.dispute.ConsentDecision;
import org.redress.dispute.DisputeMembers;
import org.redress.dispute.DisputeService;
import org.redress.dispute.MemberFilter;
import org.redress.mediation.SessionDetails;
import org.redress.mediation.SessionQueries;
import org.springframework.security.access.AccessDeniedException;

/**
 * Drafting an agreement, or a new version of a draft: recitals and obligations as structured lines, with the money
 * total kept up to date; for a class dispute, one refund per consenting member can be filled in from the member
 * list and then edited. Opened from a session outcome, a case, a dispute, or an existing draft.
 */
@Route("agreements/new")
@RouteAlias("agreements/:id([0-9]+)/edit")
@RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
public class AgreementEditorView extends VerticalLayout implements BeforeEnterObserver {


    final H2 title = new H2();
    final Paragraph context = new Paragraph();
    final TextArea recitals = new TextArea();
    final PartyParticularsSection particulars = new PartyParticularsSection();
    final VerticalLayout rows = new VerticalLayout();
    final List<ObligationRow> lines = new ArrayList<>();
    final Span total = new Span();
    final Button fromMembers = new Button();
    final Button save = new Button();

    private final AgreementQueries agreements;
    private final AgreementDrafting drafting;
    private final DisputeService disputes;
    private final DisputeMembers members;
    private final SessionQueries sessions;
    private final Clock clock;
    private final List<String> partyChoices = new ArrayList<>();
    private String caseNumber;
    private Long disputeId;
    private Long sessionId;
    private Long editing;

    public AgreementEditorView(AgreementQueries agreements, AgreementDrafting drafting, DisputeService disputes,
                               DisputeMembers members, SessionQueries sessions,
                               Clock clock) {
        this.clock = clock;
        this.agreements = agreements;
        this.drafting = drafting;
        this.disputes = disputes;
        this.members = members;
        this.sessions = sessions;
        addClassName("agreement-editor");
        context.addClassName("view-hint");
        recitals.setLabel(getTranslation("agreement.recitals"));
        recitals.setHelperText(getTranslation("agreement.recitalsHelp"));
        recitals.setWidthFull();
        recitals.setMaxLength(8000);
        recitals.setMinHeight("8em");
        rows.setPadding(false);
        rows.setSpacing(false);
        Button add = new Button(getTranslation("agreement.addObligation"), VaadinIcon.PLUS.create(),
                e -> addLine(new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.REFUND, null,
                        LocalDate.now(clock).plusDays(7), null)));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        fromMembers.setText(getTranslation("agreement.fromMembers"));
        fromMembers.setIcon(VaadinIcon.USERS.create());
        fromMembers.addThemeVariants(ButtonVariant.LUMO_SMALL);
        fromMembers.addClickListener(e -> fillFromMembers());
        total.addClassName("agreement-total");
        save.setText(getTranslation("agreement.saveVersion"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        HorizontalLayout tools = new HorizontalLayout(add, fromMembers, total);
        tools.setAlignItems(Alignment.BASELINE);
        add(new Anchor("agreements/follow-up", "← " + getTranslation("nav.followUp")), title, context,
                new H3(getTranslation("agreement.particulars")), particulars, recitals,
                new H3(getTranslation("agreement.obligations")), rows, tools, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        try {
            var id = event.getRouteParameters().get("id");
            if (id.isPresent()) {
                AgreementDetails a = agreements.get(Long.parseLong(id.get()));
                if (a.status() != AgreementStatus.DRAFT) {
                    Notifications.error(getTranslation("agreement.frozen", a.id()));
                    event.forwardTo("agreements/" + a.id());
                    return;
                }
                editing = a.id();
                sessionId = a.sessionId();
                subject(a.caseRef());
                recitals.setValue(a.recitals());
                particulars.show(a.parties(), CaseRef.parse(a.caseRef()).isDispute());
                a.obligations().forEach(l -> addLine(new ObligationLine(l.debtor(), l.creditor(), l.kind(), l.amount(),
                        l.dueDate(), l.description())));
                title.setText(getTranslation("agreement.editTitle", a.id(), a.revision() + 1));
            } else {
                if (params.containsKey("session")) {
                    SessionDetails s = sessions.get(Long.parseLong(params.get("session").getFirst()));
                    sessionId = s.id();
                    subject(s.caseRef());
                } else if (params.containsKey("dispute")) {
                    subject(CaseRef.ofDispute(Long.parseLong(params.get("dispute").getFirst())).toString());
                } else if (params.containsKey("case")) {
                    subject(params.get("case").getFirst());
                } else {
                    event.forwardTo(FollowUpView.class);
                    return;
                }
                title.setText(getTranslation("agreement.newTitle", ref()));
                particulars.show(List.of(), disputeId != null);
                addLine(new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.REFUND, null,
                        LocalDate.now(clock).plusDays(7), null));
            }
        } catch (NumberFormatException | NotFoundException e) {
            Notifications.error(getTranslation("agreement.notFound", e.getMessage()));
            event.forwardTo(FollowUpView.class);
            return;
        }
        context.setText(getTranslation("agreement.context", ref())
                + (sessionId == null ? "" : " · " + getTranslation("session.title", sessionId)));
        fromMembers.setVisible(disputeId != null);
        updateTotal();
    }

    private String ref() {
        return (caseNumber != null ? CaseRef.ofCase(caseNumber) : CaseRef.ofDispute(disputeId)).toString();
    }

    private void subject(String ref) {
        partyChoices.clear();
        partyChoices.addAll(List.of("CONSUMER", "MERCHANT", "PLATFORM"));
        CaseRef subject = CaseRef.parse(ref);
        if (subject.isDispute()) {
            disputeId = subject.disputeId();
            caseNumber = null;
            partyChoices.addAll(disputes.get(disputeId).complaintCaseNumbers());
        } else {
            caseNumber = ref;
            disputeId = null;
        }
    }

    void addLine(ObligationLine line) {
        ObligationRow row = new ObligationRow(line, partyChoices, this::updateTotal, removed -> {
            lines.remove(removed);
            rows.remove(removed);
            updateTotal();
        });
        lines.add(row);
        rows.add(row);
        updateTotal();
    }

    /** One refund per consenting member of the dispute, for the amount they claimed; each stays editable. */
    void fillFromMembers() {
        List<DisputeMemberRow> bound = members.page(disputeId, new MemberFilter(null, ConsentDecision.GIVEN, false),
                0, 10_000);
        if (bound.isEmpty()) {
            Notifications.error(getTranslation("agreement.noConsenting"));
            return;
        }
        lines.removeIf(row -> {
            boolean memberRefund = !ObligationRow.PARTIES.contains(row.creditor.getValue() == null ? "" : row.creditor.getValue());
            if (memberRefund) {
                rows.remove(row);
            }
            return memberRefund;
        });
        LocalDate due = LocalDate.now(clock).plusDays(15);
        for (DisputeMemberRow m : bound) {
            addLine(new ObligationLine("MERCHANT", m.caseNumber(), ObligationKind.REFUND, m.amountClaimed(), due,
                    "退还 " + m.consumerName() + " 货款"));
        }
        Notifications.success(getTranslation("agreement.filledFromMembers", bound.size()));
    }

    void updateTotal() {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (ObligationRow row : lines) {
            if (row.kind.getValue() != null && row.kind.getValue().isMoney() && row.amount.getValue() != null) {
                sum = sum.add(row.amount.getValue());
            }
        }
        total.setText(getTranslation("agreement.totalValue", NumberFormat.getCurrencyInstance(Locale.CHINA)
                .format(sum), lines.size()));
    }

    void save() {
        lines.forEach(ObligationRow::clearErrors);
        recitals.setInvalid(false);
        particulars.clearErrors();
        AgreementDraft draft = new AgreementDraft(caseNumber, disputeId, sessionId, recitals.getValue(),
                lines.stream().map(ObligationRow::value).toList(), particulars.value());
        try {
            AgreementDetails saved = editing == null ? drafting.draft(draft) : drafting.update(editing, draft);
            Notifications.success(getTranslation("agreement.saved", saved.id(), saved.revision()));
            getUI().ifPresent(ui -> ui.navigate("agreements/" + saved.id()));
        } catch (InvalidInputException e) {
            showErrors(e.fieldErrors());
        } catch (BusinessRuleException | AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, message) -> {
            if (particulars.showError(field, message)) {
                return;
            }
            if (field.startsWith("obligations[")) {
                int index = Integer.parseInt(field.substring(12, field.indexOf(']')));
                if (index < lines.size()) {
                    lines.get(index).showError(field.substring(field.indexOf("].") + 2), message);
                }
            } else if ("recitals".equals(field)) {
                recitals.setInvalid(true);
                recitals.setErrorMessage(message);
            }
        });
        Notifications.error(String.join(" ", errors.values()));
    }
}
