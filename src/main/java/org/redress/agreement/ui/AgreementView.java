package org.redress.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementDrafting;
import org.redress.agreement.AgreementFollowUp;
import org.redress.agreement.AgreementObligations;
import org.redress.agreement.AgreementQueries;
import org.redress.agreement.AgreementSigning;
import org.redress.agreement.AgreementStatus;
import org.redress.agreement.CollectiveSettlement;
import org.redress.agreement.PaymentMatching;
import org.redress.agreement.JudicialPacket;
import org.redress.agreement.ObligationStatus;
import org.redress.agreement.PartyLabel;
import org.redress.agreement.SignatureMethod;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.audit.ui.AuditTimeline;
import org.redress.base.BusinessRuleException;
import org.redress.base.NotFoundException;
import org.redress.base.Organisation;
import org.redress.base.Roles;
import org.redress.base.ui.ActorLabel;
import org.redress.base.ui.Badge;
import org.redress.base.ui.DetailColumns;
import org.redress.base.ui.Notifications;
import org.redress.base.ui.PrintButton;
import org.redress.base.ui.UserZone;
import org.redress.dispute.CaseRef;
import org.redress.security.CurrentUser;
import org.redress.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * One agreement: parties and their signatures (in person, or by a one-time code read back by the party), the
 * obligations with their tracking, the SHA-256 once binding, the PDF and the judicial-confirmation packet, amendment,
 * escalation when an obligation is overdue, and the comparison of draft versions.
 */
@Route("agreements/:id([0-9]+)")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class AgreementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final H2 title = new H2();
    final Span badges = new Span();
    final Paragraph facts = new Paragraph();
    final Div hash = new Div();
    final FlexLayout actions = new FlexLayout();
    final Grid<AgreementDetails.Party> parties = new Grid<>();
    final ObligationsGrid obligations = new ObligationsGrid(this::openFulfil, this::openWaive);
    final Div creditors = new Div();
    final VersionComparison versions = new VersionComparison();
    final H3 obligationsHeading = new H3();
    final MemberSchedulePanel schedule;
    Dialog dialog;

    private final AgreementQueries agreements;
    private final AgreementDrafting drafting;
    private final AgreementSigning signing;
    private final AgreementObligations tracking;
    private final AgreementFollowUp followUp;
    private final JudicialPacket packet;
    private final CurrentUser currentUser;
    private final AuditTimeline timeline;
    private final ZoneId fallbackZone;
    private final String court;
    private AgreementDetails agreement;

    public AgreementView(AgreementQueries agreements, AgreementDrafting drafting, AgreementSigning signing,
                         AgreementObligations tracking, AgreementFollowUp followUp, JudicialPacket packet,
                         CollectiveSettlement settlement, PaymentMatching matching, CurrentUser currentUser,
                         AuditService audit, Organisation organisation, Clock clock) {
        this.agreements = agreements;
        this.drafting = drafting;
        this.signing = signing;
        this.tracking = tracking;
        this.followUp = followUp;
        this.packet = packet;
        this.currentUser = currentUser;
        this.schedule = new MemberSchedulePanel(settlement, matching, currentUser.hasRole(Role.MEDIATOR)
                || currentUser.hasRole(Role.ADMIN), changed -> show(changed == null ? agreements.get(agreement.id())
                : changed));
        this.fallbackZone = clock.getZone();
        this.court = organisation.court();
        this.timeline = new AuditTimeline(audit, clock.getZone());
        addClassName("agreement-view");
        facts.addClassName("view-hint");
        hash.addClassName("agreement-hash");
        actions.addClassName("case-actions");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        parties.addColumn(p -> getTranslation("PartyRole." + p.role().name())).setHeader(getTranslation(
                "agreement.party")).setAutoWidth(true);
        parties.addColumn(AgreementDetails.Party::printedName).setHeader(getTranslation("agreement.partyName"))
                .setAutoWidth(true);
        parties.addColumn(p -> p.signed() ? getTranslation("agreement.signedBy", p.signerName(), p.capacity(),
                        getTranslation("SignatureMethod." + p.method().name()),
                        WHEN.format(p.signedAt().atZone(zone())), ActorLabel.of(p.recordedBy())) : "—")
                .setHeader(getTranslation("agreement.signature")).setFlexGrow(1);
        parties.addComponentColumn(p -> {
            if (p.signed() || agreement.status() != AgreementStatus.DRAFT) {
                return new Span(p.signed() ? "✓" : "");
            }
            Button sign = new Button(getTranslation("agreement.sign"), e -> openSign(p));
            sign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return sign;
        }).setAutoWidth(true).setFlexGrow(0);
        parties.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        parties.setAllRowsVisible(true);


        HorizontalLayout heading = new HorizontalLayout(title, badges, new PrintButton());
        heading.setAlignItems(Alignment.BASELINE);
        VerticalLayout main = new VerticalLayout(facts, hash, actions, new H3(getTranslation("agreement.parties")),
                parties, obligationsHeading, obligations, creditors, schedule, versions);
        obligationsHeading.setText(getTranslation("agreement.obligations"));
        Div columns = DetailColumns.of(main, timeline);
        add(new Anchor("agreements/follow-up", "← " + getTranslation("nav.followUp")), heading, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(agreements.get(Long.parseLong(event.getRouteParameters().get("id").orElse(""))));
        } catch (NumberFormatException | NotFoundException e) {
            Notifications.error(getTranslation("agreement.notFound", event.getRouteParameters().get("id").orElse("")));
            event.forwardTo(FollowUpView.class);
        }
    }

    private static boolean isParty(String code) {
        return "CONSUMER".equals(code) || "MERCHANT".equals(code) || "PLATFORM".equals(code);
    }

    @Override
    public String getPageTitle() {
        return (agreement == null ? "" : "AG-" + agreement.id() + " · ") + "Redress";
    }

    void show(AgreementDetails a) {
        this.agreement = a;
        title.setText(getTranslation("agreement.title", a.id()));
        badges.removeAll();
        badges.add(Badge.of(getTranslation("AgreementStatus." + a.status().name()),
                a.status() == AgreementStatus.BINDING ? Badge.Tone.SUCCESS : Badge.Tone.INFO));
        if (a.obligations().stream().anyMatch(l -> l.status() == ObligationStatus.OVERDUE)) {
            badges.add(Badge.of(getTranslation("agreement.hasOverdue"), Badge.Tone.ERROR));
        }
        facts.removeAll();
        String subject = CaseRef.parse(a.caseRef()).route();
        facts.add(new Anchor(subject, a.caseRef()));
        if (a.sessionId() != null) {
            facts.add(new Span(" · "), new Anchor("sessions/" + a.sessionId(),
                    getTranslation("session.title", a.sessionId())));
        }
        if (a.amends() != null) {
            facts.add(new Span(" · "), new Anchor("agreements/" + a.amends(), getTranslation("agreement.amends",
                    a.amends())));
        }
        facts.add(new Span(" · " + getTranslation("agreement.revisionBy", a.revision(),
                ActorLabel.of(a.createdBy()))));
        hash.removeAll();
        if (a.sha256() != null) {
            hash.add(new Div(getTranslation("agreement.bindingSince", WHEN.format(a.bindingAt().atZone(zone())))),
                    new Div("SHA-256: " + a.sha256()),
                    new Div(getTranslation("agreement.verify")));
        }
        hash.setVisible(a.sha256() != null);
        renderActions(a);
        parties.setItems(a.parties());
        boolean collective = a.caseRef().startsWith("CD-");
        // A class's members are listed in the schedule below, paged and searchable, not one row each up here.
        obligations.show(a, l -> !collective || isParty(l.creditor()) && isParty(l.debtor()));
        boolean others = !collective || a.obligations().stream()
                .anyMatch(l -> isParty(l.creditor()) && isParty(l.debtor()));
        obligations.setVisible(others);
        obligationsHeading.setVisible(others);
        schedule.setVisible(collective);
        if (collective) {
            schedule.show(a);
        }
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        creditors.removeAll();
        creditors.add(new Paragraph(getTranslation("agreement.totalValue", money.format(a.moneyTotal()),
                a.obligations().size())));
        if (a.perCreditor().size() > 1 && !collective) {
            a.perCreditor().forEach((creditor, sum) -> creditors.add(new Div(PartyLabel.text(creditor) + ": "
                    + money.format(sum))));
        }
        versions.show(agreements.versionTexts(a.id()));
        timeline.show(AuditSubject.AGREEMENT, a.id());
    }

    private void renderActions(AgreementDetails a) {
        actions.removeAll();
        boolean mediator = currentUser.hasRole(Role.MEDIATOR) || currentUser.hasRole(Role.ADMIN);
        if (a.status() == AgreementStatus.DRAFT && mediator) {
            Button edit = new Button(getTranslation("agreement.editDraft"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("agreements/" + a.id() + "/edit")));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(edit);
        }
        actions.add(new CourtDocumentLinks(a, () -> agreements.pdf(a.id()), packet));
        if (a.status() == AgreementStatus.BINDING) {
            Button ruling = new Button(getTranslation("agreement.confirmation.record"), VaadinIcon.GAVEL.create(),
                    e -> openConfirmation());
            ruling.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(ruling);
            if (mediator) {
                Button amend = new Button(getTranslation("agreement.amend"), VaadinIcon.COPY_O.create(), e -> amend());
                amend.addThemeVariants(ButtonVariant.LUMO_SMALL);
                actions.add(amend);
            }
            if (mediator && a.obligations().stream().anyMatch(l -> l.status() == ObligationStatus.OVERDUE)) {
                Button escalate = new Button(getTranslation("agreement.escalate"), VaadinIcon.EXCLAMATION_CIRCLE
                        .create(), e -> openEscalate());
                escalate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                actions.add(escalate);
            }
        }
    }

    void openSign(AgreementDetails.Party party) {
        dialog = new SignatureDialog(signing, agreement, party, zone(), this::show);
        dialog.open();
    }

    void openFulfil(AgreementDetails.Line line) {
        dialog = new FulfilmentDialog(tracking, agreement, line, zone(), this::show);
        dialog.open();
    }

    void openWaive(AgreementDetails.Line line) {
        dialog = new WaiverDialog(tracking, agreement, line, this::show);
        dialog.open();
    }

    void openEscalate() {
        dialog = new EscalationDialog(followUp, agreement, () -> show(agreements.get(agreement.id())));
        dialog.open();
    }

    void openConfirmation() {
        dialog = new ConfirmationDialog(followUp, agreement, court, this::show);
        dialog.open();
    }

    private void amend() {
        try {
            AgreementDetails amendment = drafting.amend(agreement.id());
            getUI().ifPresent(ui -> ui.navigate("agreements/" + amendment.id() + "/edit"));
        } catch (BusinessRuleException | AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
    }

    private ZoneId zone() {
        return UserZone.current(fallbackZone);
    }
}
