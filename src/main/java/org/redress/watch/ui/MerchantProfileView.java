package org.redress.watch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.audit.ui.AuditTimeline;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Roles;
import org.redress.base.ui.EChart;
import org.redress.base.ui.Notifications;
import org.redress.base.ui.StatCard;
import org.redress.complaint.ComplaintFilter;
import org.redress.complaint.ComplaintRow;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ui.CaseDetailView;
import org.redress.complaint.ui.StatusBadge;
import org.redress.merchant.MerchantMerging;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.MergeRecord;
import org.redress.merchant.PlatformService;
import org.redress.search.ui.SearchView;
import org.redress.watch.MerchantProfile;
import org.redress.watch.MerchantProfiles;
import org.springframework.data.domain.Sort;

/** A merchant's profile: its record, complaint totals, complaints per month, categories, payment methods, cases. */
@Route("merchants/:id")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class MerchantProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MerchantProfiles profiles;
    private final ComplaintService complaints;
    private final PlatformService platforms;
    private final MerchantMerging merging;
    private final MerchantService merchantService;
    private final AuditTimeline timeline;
    final H2 title = new H2();
    final Div mergeInfo = new Div();
    final Button merge = new Button();
    final Button editDetails = new Button();
    final Div cards = new Div();
    final EChart perMonth = new EChart("100%", "280px");
    final Div breakdowns = new Div();
    final Grid<ComplaintRow> cases = new Grid<>(ComplaintRow.class, false);
    final Span facts = new Span();
    private MerchantProfile profile;

    public MerchantProfileView(MerchantProfiles profiles, ComplaintService complaints, PlatformService platforms,
                               MerchantMerging merging, MerchantService merchantService, AuditService audit,
                               Clock clock) {
        this.timeline = new AuditTimeline(audit, clock.getZone());
        this.profiles = profiles;
        this.complaints = complaints;
        this.platforms = platforms;
        this.merging = merging;
        this.merchantService = merchantService;
        merge.setText(getTranslation("merge.action"));
        merge.setIcon(VaadinIcon.COMPRESS_SQUARE.create());
        merge.addClickListener(e -> openMergeDialog());
        mergeInfo.addClassName("merge-info");
        editDetails.setText(getTranslation("merchant.edit"));
        editDetails.setIcon(VaadinIcon.EDIT.create());
        editDetails.addClickListener(e -> openEditDialog());
        addClassName("merchant-profile-view");
        setWidthFull();
        cards.addClassName("stat-cards");
        breakdowns.addClassName("stat-tables");
        facts.addClassName("view-hint");
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        cases.addColumn(ComplaintRow::caseNumber).setHeader(getTranslation("complaint.caseNumber")).setAutoWidth(true);
        cases.addColumn(ComplaintRow::receivedAt).setHeader(getTranslation("complaint.receivedAt")).setAutoWidth(true);
        cases.addColumn(ComplaintRow::consumerName).setHeader(getTranslation("complaint.consumerName"))
                .setAutoWidth(true);
        cases.addColumn(row -> getTranslation("Category." + row.category()))
                .setHeader(getTranslation("complaint.category")).setAutoWidth(true);
        cases.addComponentColumn(row -> StatusBadge.of(row.status())).setHeader(getTranslation("complaint.status"))
                .setAutoWidth(true);
        cases.addColumn(row -> money.format(row.amountClaimed())).setHeader(getTranslation("complaint.amountClaimed"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        cases.setHeight("24em");
        cases.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class,
                new RouteParameters("caseNumber", e.getItem().caseNumber()))));
        Button searchAll = new Button(getTranslation("merchant.searchComplaints"), VaadinIcon.SEARCH.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(SearchView.class,
                        QueryParameters.of("merchant", profile.merchant().id().toString()))));
        HorizontalLayout heading = new HorizontalLayout(title, editDetails, merge);
        heading.setAlignItems(Alignment.BASELINE);
        add(heading, facts, mergeInfo, cards, new H3(getTranslation("merchant.perMonth")), perMonth,
                breakdowns, new HorizontalLayout(new H3(getTranslation("merchant.cases")), searchAll), cases, timeline);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().get("id").filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf)
                .orElse(-1L);
        var found = profiles.profile(id);
        if (found.isEmpty()) {
            Notifications.error(getTranslation("merchant.notFound"));
            event.forwardTo(MerchantsView.class);
            return;
        }
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return (profile == null ? "" : profile.merchant().name() + " · ") + "Redress";
    }

    void show(MerchantProfile p) {
        this.profile = p;
        var m = p.merchant();
        title.setText(m.name());
        String platform = platforms.find(m.platformCode()).map(x -> x.label(getLocale())).orElse(m.platformCode());
        facts.setText(String.join(" · ", List.of(platform, value("merchant.shopId", m.shopId()),
                value("merchant.creditCode", m.creditCode()),
                value("merchant.aliases", m.aliases().isEmpty() ? null : String.join("、", m.aliases())))));
        showMerges(m.id(), m.mergedIntoId());
        timeline.show(AuditSubject.MERCHANT, m.id());
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        cards.removeAll();
        cards.add(card("stats.complaints", String.valueOf(p.complaints())),
                card("merchant.consumers", String.valueOf(p.consumers())),
                card("complaint.amountClaimed", money.format(p.amountClaimed())),
                card("stats.open", String.valueOf(p.open())), card("merchant.resolved", String.valueOf(p.resolved())));
        perMonth.setOption(Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 40, "right", 16, "top", 16, "bottom", 30),
                "xAxis", Map.of("type", "category", "data", p.perMonth().stream()
                        .map(MerchantProfile.MonthCount::month).toList()),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", List.of(Map.of("type", "bar", "name", getTranslation("stats.complaints"),
                        "itemStyle", Map.of("color", "#b4232a"),
                        "data", p.perMonth().stream().map(MerchantProfile.MonthCount::complaints).toList()))));
        breakdowns.removeAll();
        breakdowns.add(table("complaint.category", p.categories(), key -> getTranslation("Category." + key)),
                table("complaint.paymentMethod", p.paymentMethods(), key -> getTranslation("PaymentMethod." + key)));
        ComplaintFilter filter = new ComplaintFilter(Set.of(), null, null, m.id(), null, null, null, false, null);
        cases.setItems(q -> complaints.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)
                .withSort(Sort.by(Sort.Direction.DESC, "receivedAt", "id"))).stream(),
                q -> (int) complaints.count(filter));
    }

    private void showMerges(Long merchantId, Long mergedIntoId) {
        mergeInfo.removeAll();
        merge.setVisible(mergedIntoId == null);
        for (MergeRecord record : merging.mergesOf(merchantId)) {
            if (record.undoneAt() != null) {
                continue;
            }
            boolean intoOther = record.sourceId().equals(merchantId);
            Span text = new Span(getTranslation(intoOther ? "merge.into" : "merge.from",
                    intoOther ? record.targetName() : record.sourceName(), record.mergedBy(), record.reason()));
            Button undo = new Button(getTranslation("merge.undo"), e -> confirmUndo(record));
            undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            Div line = new Div(text, undo);
            line.addClassName("merge-line");
            if (intoOther) {
                Button goTo = new Button(getTranslation("merge.open", record.targetName()), e -> getUI().ifPresent(
                        ui -> ui.navigate(MerchantProfileView.class, new RouteParameters("id",
                                record.targetId().toString()))));
                goTo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                line.add(goTo);
            }
            mergeInfo.add(line);
        }
    }

    private void openEditDialog() {
        new MerchantEditDialog(merchantService, profile.merchant(),
                () -> profiles.profile(profile.merchant().id()).ifPresent(this::show)).open();
    }

    private void openMergeDialog() {
        Dialog dialog = new Dialog(getTranslation("merge.title", profile.merchant().name()));
        ComboBox<MerchantSummary> target = new ComboBox<>(getTranslation("merge.target"));
        target.setItems(q -> merchantService.suggest(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream()
                .filter(m -> !m.id().equals(profile.merchant().id())));
        target.setItemLabelGenerator(MerchantSummary::label);
        target.setWidthFull();
        TextArea reason = new TextArea(getTranslation("merge.reason"));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        Paragraph explain = new Paragraph(getTranslation("merge.explain"));
        explain.addClassName("view-hint");
        dialog.add(new VerticalLayout(explain, target, reason));
        Button confirm = new Button(getTranslation("merge.confirm"), e -> {
            if (target.getValue() == null) {
                target.setInvalid(true);
                target.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            try {
                merging.merge(profile.merchant().id(), target.getValue().id(), reason.getValue());
                dialog.close();
                Notifications.success(getTranslation("merge.done", target.getValue().name()));
                getUI().ifPresent(ui -> ui.navigate(MerchantProfileView.class,
                        new RouteParameters("id", target.getValue().id().toString())));
            } catch (InvalidInputException invalid) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("merge.reasonRequired"));
            } catch (BusinessRuleException rule) {
                Notifications.error(rule.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void confirmUndo(MergeRecord record) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("merge.undo"),
                getTranslation("merge.undoText", record.sourceName(), record.targetName()),
                getTranslation("merge.undo"), e -> {
                    try {
                        merging.undo(record.id());
                        Notifications.success(getTranslation("merge.undone"));
                        profiles.profile(profile.merchant().id()).ifPresent(this::show);
                    } catch (BusinessRuleException rule) {
                        Notifications.error(rule.getMessage());
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private String value(String key, String value) {
        return getTranslation(key) + ": " + (value == null || value.isBlank() ? "—" : value);
    }

    private StatCard card(String labelKey, String value) {
        return new StatCard(value, getTranslation(labelKey));
    }

    private Div table(String titleKey, Map<String, Long> counts, Function<String, String> label) {
        Grid<Map.Entry<String, Long>> grid = new Grid<>();
        grid.addColumn(e -> label.apply(e.getKey())).setHeader(getTranslation(titleKey));
        grid.addColumn(Map.Entry::getValue).setHeader(getTranslation("stats.complaints"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(new LinkedHashMap<>(counts).entrySet());
        grid.setAllRowsVisible(true);
        Div box = new Div(new H3(getTranslation(titleKey)), grid);
        box.addClassName("stat-table");
        return box;
    }
}
