package org.redress.dispute.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
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
import com.vaadin.flow.component.textfield.TextField;
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
import java.time.LocalDate;
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
import org.redress.base.ui.Badge;
import org.redress.base.ui.Notifications;
import org.redress.base.ui.StatCard;
import org.redress.complaint.Channel;
import org.redress.dispute.CaseRef;
import org.redress.dispute.ConsentDecision;
import org.redress.dispute.DisputeDetails;
import org.redress.dispute.DisputeMemberRow;
import org.redress.dispute.DisputeService;
import org.redress.dispute.DisputeStatus;
import org.redress.dispute.Representative;

/**
 * One class dispute: figures, member complaints (paged) with each consumer's consent, adding and removing members,
 * the consent ledger, representatives, status, the member list as CSV and the dispute's timeline.
 */
@Route("disputes/:id")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class DisputeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Div cards = new Div();
    final Grid<DisputeMemberRow> members = new Grid<>();
    final TextField addCase = new TextField();
    final Button add = new Button();
    final Select<DisputeStatus> status = new Select<>();
    final ComboBox<String> leadMediator = new ComboBox<>();
    final Div breakdown = new Div();
    final Div representatives = new Div();
    Dialog consentDialog;
    /** What later features add to the page (sessions, agreements), in their order. */
    private final List<DisputeSection> sections;

    private final DisputeService service;
    private final AuditTimeline timeline;
    private final Clock clock;
    private final Span badge = new Span();
    private final Paragraph facts = new Paragraph();
    private DisputeDetails dispute;
    private boolean updatingStatus;

    public DisputeView(DisputeService service, AuditService audit, Clock clock,
                       List<DisputeSection.Factory> sectionFactories) {
        this.sections = sectionFactories.stream().sorted(Comparator.comparingInt(DisputeSection.Factory::order))
                .map(DisputeSection.Factory::createDisputeSection).toList();
        this.service = service;
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

        members.addColumn(r -> r.caseNumber()).setHeader(getTranslation("complaint.caseNumber")).setAutoWidth(true);
        members.addColumn(DisputeMemberRow::consumerName).setHeader(getTranslation("complaint.consumerName"))
                .setAutoWidth(true);
        members.addColumn(DisputeMemberRow::province).setHeader(getTranslation("complaint.province"))
                .setAutoWidth(true);
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        members.addColumn(r -> money.format(r.amountClaimed())).setHeader(getTranslation("complaint.amountClaimed"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        members.addColumn(r -> getTranslation("ComplaintStatus." + r.status().name()))
                .setHeader(getTranslation("complaint.status")).setAutoWidth(true);
        members.addColumn(r -> r.consent() == null ? getTranslation("dispute.consent.none")
                        : getTranslation("ConsentDecision." + r.consent().name()) + " · " + r.consentOn())
                .setHeader(getTranslation("dispute.consent")).setAutoWidth(true);
        members.addComponentColumn(r -> {
            Button consent = new Button(getTranslation("dispute.recordConsent"), e -> askConsent(r.caseNumber()));
            consent.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button remove = new Button(getTranslation("dispute.remove"), e -> confirmRemove(r.caseNumber()));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Anchor open = new Anchor("cases/" + r.caseNumber(), getTranslation("dispute.openCase"));
            return new HorizontalLayout(open, consent, remove);
        }).setAutoWidth(true).setFlexGrow(0);
        members.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        members.setHeight("26em");
        members.setPageSize(25);

        addCase.setPlaceholder("RC-2026-000123");
        addCase.setLabel(getTranslation("dispute.addCase"));
        add.setText(getTranslation("dispute.add"));
        add.addClickListener(e -> addMember());
        addCase.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> addMember());
        HorizontalLayout adding = new HorizontalLayout(addCase, add);
        adding.setAlignItems(Alignment.BASELINE);

        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                service.exportMembers(dispute.id(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "dispute-" + dispute.id() + "-members.csv",
                    "text/csv; charset=UTF-8", bytes.length);
        }), getTranslation("dispute.exportMembers"));
        csv.getElement().setAttribute("download", true);

        Button editRepresentatives = new Button(getTranslation("dispute.editRepresentatives"),
                e -> askRepresentatives());
        editRepresentatives.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout heading = new HorizontalLayout(title, badge);
        heading.setAlignItems(Alignment.BASELINE);
        breakdown.addClassName("stat-tables");
        HorizontalLayout settings = new HorizontalLayout(status, leadMediator);
        VerticalLayout main = new VerticalLayout(facts, cards, settings, breakdown,
                new H3(getTranslation("dispute.representatives")), representatives, editRepresentatives);
        sections.forEach(section -> main.add(section.component()));
        main.add(new H3(getTranslation("dispute.memberList")), adding, members, csv);
        Div columns = org.redress.base.ui.DetailColumns.of(main, timeline);
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
                + getTranslation("dispute.createdBy", d.createdBy())
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
        members.setItems(query -> service.members(id, query.getOffset(), query.getLimit()).stream(),
                query -> (int) d.members());
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

    void addMember() {
        String number = addCase.getValue().trim();
        if (number.isEmpty()) {
            addCase.setInvalid(true);
            addCase.setErrorMessage(getTranslation("dispute.caseRequired"));
            return;
        }
        try {
            service.addMember(dispute.id(), number);
            addCase.clear();
            addCase.setInvalid(false);
            Notifications.success(getTranslation("dispute.added", number.toUpperCase()));
            reload();
        } catch (BusinessRuleException | NotFoundException e) {
            addCase.setInvalid(true);
            addCase.setErrorMessage(e.getMessage());
        }
    }

    void confirmRemove(String caseNumber) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("dispute.removeTitle"),
                getTranslation("dispute.removeText", caseNumber), getTranslation("dispute.remove"), e -> {
                    service.removeMember(dispute.id(), caseNumber);
                    reload();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    void askConsent(String caseNumber) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("dispute.consentTitle", caseNumber));
        Select<ConsentDecision> decision = new Select<>();
        decision.setLabel(getTranslation("dispute.consent"));
        decision.setItems(ConsentDecision.values());
        decision.setItemLabelGenerator(c -> getTranslation("ConsentDecision." + c.name()));
        DatePicker on = new DatePicker(getTranslation("dispute.consentOn"), LocalDate.now(clock));
        on.setMax(LocalDate.now(clock));
        ComboBox<Channel> channel = new ComboBox<>(getTranslation("complaint.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("Channel." + c.name()));
        dialog.add(new VerticalLayout(decision, on, channel));
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                service.recordConsent(dispute.id(), caseNumber, decision.getValue(), on.getValue(),
                        channel.getValue());
                dialog.close();
                reload();
            } catch (InvalidInputException ex) {
                decision.setInvalid(ex.fieldErrors().containsKey("decision"));
                decision.setErrorMessage(ex.fieldErrors().get("decision"));
                on.setInvalid(ex.fieldErrors().containsKey("decidedOn"));
                on.setErrorMessage(ex.fieldErrors().get("decidedOn"));
                channel.setInvalid(ex.fieldErrors().containsKey("channel"));
                channel.setErrorMessage(ex.fieldErrors().get("channel"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        consentDialog = dialog;
    }

    void askRepresentatives() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("dispute.representatives"));
        List<TextField[]> rows = new ArrayList<>();
        VerticalLayout list = new VerticalLayout();
        Runnable addRow = () -> {
            TextField name = new TextField(getTranslation("dispute.repName"));
            TextField contact = new TextField(getTranslation("dispute.repContact"));
            rows.add(new TextField[] {name, contact});
            list.add(new HorizontalLayout(name, contact));
        };
        for (Representative r : dispute.representatives()) {
            addRow.run();
            rows.getLast()[0].setValue(r.name());
            rows.getLast()[1].setValue(r.contact() == null ? "" : r.contact());
        }
        if (rows.isEmpty()) {
            addRow.run();
        }
        Button more = new Button(getTranslation("dispute.addRepresentative"), e -> addRow.run());
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.add(list, more);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Button save = new Button(getTranslation("action.save"), e -> {
            List<Representative> chosen = rows.stream().filter(r -> !r[0].getValue().isBlank())
                    .map(r -> new Representative(r[0].getValue().trim(),
                            r[1].getValue().isBlank() ? null : r[1].getValue().trim(), null)).toList();
            try {
                service.setRepresentatives(dispute.id(), chosen);
                dialog.close();
                reload();
            } catch (InvalidInputException ex) {
                Notifications.error(String.join("; ", ex.fieldErrors().values()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, save);
        dialog.open();
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
