package org.redress.dispute.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.audit.ui.AuditTimeline;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.redress.base.Texts;
import org.redress.base.ui.ActorLabel;
import org.redress.base.ui.Badge;
import org.redress.base.ui.DetailColumns;
import org.redress.base.ui.Notifications;
import org.redress.base.ui.PrintButton;
import org.redress.base.ui.StatCard;
import org.redress.dispute.CaseRef;
import org.redress.dispute.DisputeDetails;
import org.redress.dispute.DisputeMemberExport;
import org.redress.dispute.ConsentLinks;
import org.redress.dispute.DisputeConsents;
import org.redress.dispute.DisputeMembers;
import org.redress.dispute.DisputeService;
import org.redress.dispute.MemberCaseActions;
import org.redress.dispute.DisputeStatus;

/**
 * One class dispute: figures, member complaints (paged) with each consumer's consent, adding and removing members,
 * the consent ledger, representatives, status, the member list as CSV and the dispute's timeline.
 */
@Route("disputes/:id")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class DisputeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Div cards = new Div();
    final DisputeMembersPanel members;
    final Select<DisputeStatus> status = new Select<>();
    final ComboBox<String> leadMediator = new ComboBox<>();
    final Div breakdown = new Div();
    final Div representatives = new Div();
    /** What later features add to the page (sessions, agreements), in their order. */
    private final List<DisputeSection> sections;

    private final DisputeService service;
    private final DisputeMembers membership;
    private final DisputeMemberExport export;
    private final AuditTimeline timeline;
    private final Clock clock;
    private final Span badge = new Span();
    private final Paragraph facts = new Paragraph();
    private DisputeDetails dispute;
    private boolean firstShow = true;
    private boolean updatingStatus;

    public DisputeView(DisputeService service, DisputeMembers memberService, DisputeConsents consents,
                       ConsentLinks links, MemberCaseActions actions,
                       DisputeMemberExport export, AuditService audit, Clock clock,
                       List<DisputeSection.Factory> sectionFactories) {
        this.sections = sectionFactories.stream().sorted(Comparator.comparingInt(DisputeSection.Factory::order))
                .map(DisputeSection.Factory::createDisputeSection).toList();
        this.service = service;
        this.membership = memberService;
        this.members = new DisputeMembersPanel(memberService, consents, links, actions, clock, this::reload, this::confirmRemove);
        this.export = export;
        this.clock = clock;
        this.timeline = new AuditTimeline(audit, clock.getZone());
        addClassName("dispute-view");
        cards.addClassName("stat-cards");
        facts.addClassName("view-hint");

        status.setLabel(getTranslation("complaint.status"));
        status.setItems(DisputeStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("DisputeStatus." + s.name()));
        status.addValueChangeListener(e -> {
            if (!updatingStatus && e.isFromClient() && e.getValue() != null) {
                changeStatus(e.getValue());
            }
        });

        leadMediator.setLabel(getTranslation("dispute.leadMediator"));
        leadMediator.setItems(service.possibleMediators());
        leadMediator.setClearButtonVisible(true);
        leadMediator.addValueChangeListener(e -> {
            if (!updatingStatus && e.isFromClient()) {
                try {
                    show(service.assignLeadMediator(dispute.id(), e.getValue()));
                    Notifications.success(getTranslation("dispute.mediatorChanged"));
                } catch (InvalidInputException ex) {
                    leadMediator.setInvalid(true);
                    leadMediator.setErrorMessage(String.join("; ", ex.fieldErrors().values()));
                }
            }
        });


        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                export.write(dispute.id(), out, Texts.effective(getLocale()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), getTranslation("dispute.membersFile", String.valueOf(dispute.id())),
                    "text/csv; charset=UTF-8", bytes.length);
        }), getTranslation("dispute.exportMembers"));
        csv.getElement().setAttribute("download", true);

        Button editRepresentatives = new Button(getTranslation("dispute.editRepresentatives"),
                e -> askRepresentatives());
        editRepresentatives.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout heading = new HorizontalLayout(title, badge, new PrintButton());
        heading.setAlignItems(Alignment.BASELINE);
        breakdown.addClassName("stat-tables");
        HorizontalLayout settings = new HorizontalLayout(status, leadMediator);
        VerticalLayout main = new VerticalLayout(facts, cards, settings, breakdown,
                new H3(getTranslation("dispute.representatives")), representatives, editRepresentatives);
        sections.forEach(section -> main.add(section.component()));
        main.add(members, csv, new ConsentImportUpload(consents, () -> dispute.id(), this::reload));
        Div columns = DetailColumns.of(main, timeline);
        add(new Anchor("disputes", "← " + getTranslation("nav.disputes")), heading, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            show(service.get(Long.parseLong(id)));
        } catch (NumberFormatException | NotFoundException e) {
            Notifications.error(getTranslation("dispute.notFound", id));
            event.forwardTo(DisputesView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return (dispute == null ? "" : dispute.title() + " · ") + "Redress";
    }

    void show(DisputeDetails d) {
        dispute = d;
        title.setText(d.title());
        badge.removeAll();
        badge.add(Badge.of(getTranslation("DisputeStatus." + d.status().name()),
                d.status().isOpen() ? Badge.Tone.INFO : Badge.Tone.NEUTRAL));
        facts.setText(CaseRef.ofDispute(d.id()) + " · " + d.merchantName() + (d.category() == null ? ""
                : " · " + getTranslation("Category." + d.category().name())) + " · "
                + getTranslation("dispute.createdBy", ActorLabel.of(d.createdBy()))
                + (d.leadMediator() == null ? "" : " · " + getTranslation("dispute.leadMediator") + ": "
                + d.leadMediator()));
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        cards.removeAll();
        cards.add(new StatCard(String.valueOf(d.members()), getTranslation("dispute.members")),
                new StatCard(String.valueOf(d.consumers()), getTranslation("stats.consumers")),
                new StatCard(money.format(d.amountClaimed()), getTranslation("complaint.amountClaimed")),
                new StatCard(money.format(d.amountPaid()), getTranslation("stats.amountPaid")),
                new StatCard(d.consent().getOrDefault("GIVEN", 0L) + " / " + d.members(),
                        getTranslation("dispute.consentGiven")));
        updatingStatus = true;
        status.setValue(d.status());
        leadMediator.setValue(d.leadMediator());
        updatingStatus = false;
        breakdown.removeAll();
        breakdown.add(table(getTranslation("complaint.category"), d.byCategory().entrySet().stream().collect(
                        Collectors.toMap(e -> getTranslation("Category." + e.getKey().name()), Map.Entry::getValue))),
                table(getTranslation("complaint.paymentMethod"), d.byPaymentMethod().entrySet().stream().collect(
                        Collectors.toMap(e -> getTranslation("PaymentMethod." + e.getKey().name()),
                                Map.Entry::getValue))));
        representatives.removeAll();
        if (d.representatives().isEmpty()) {
            representatives.add(new Paragraph(getTranslation("dispute.noRepresentatives")));
        }
        d.representatives().forEach(r -> representatives.add(new Paragraph(r.name()
                + (r.contact() == null ? "" : " · " + r.contact()))));
        long id = d.id();
        if (firstShow) {
            members.show(id);
            firstShow = false;
        }
        timeline.show(AuditSubject.DISPUTE, d.id());
        sections.forEach(section -> section.show(d, () -> show(service.get(id))));
    }

    private Div table(String heading, Map<String, Long> counts) {
        Grid<Map.Entry<String, Long>> grid = new Grid<>();
        grid.addColumn(Map.Entry::getKey).setHeader(heading);
        grid.addColumn(Map.Entry::getValue).setHeader(getTranslation("stats.complaints"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(new ArrayList<>(counts.entrySet()));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        Div box = new Div(grid);
        box.addClassName("stat-table");
        return box;
    }

    private void reload() {
        show(service.get(dispute.id()));
    }

    void confirmRemove(String caseNumber) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("dispute.removeTitle"),
                getTranslation("dispute.removeText", caseNumber), getTranslation("dispute.remove"), e -> {
                    membership.remove(dispute.id(), caseNumber);
                    members.refresh();
                    reload();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    void askRepresentatives() {
        new RepresentativesDialog(service, dispute, this::reload).open();
    }

    private void changeStatus(DisputeStatus target) {
        try {
            show(service.changeStatus(dispute.id(), target, dispute.version()));
            Notifications.success(getTranslation("dispute.statusChanged"));
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
            reload();
        }
    }
}
