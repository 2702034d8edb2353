package org.redress.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.redress.base.ui.EChart;
import org.redress.base.ui.Notifications;
import org.redress.complaint.ComplaintFilter;
import org.redress.complaint.ComplaintRow;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.MerchantProfile;
import org.redress.complaint.MerchantProfiles;
import org.redress.merchant.PlatformService;
import org.redress.security.Roles;
import org.springframework.data.domain.Sort;

/** A merchant's profile: its record, complaint totals, complaints per month, categories, payment methods, cases. */
@Route("merchants/:id")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class MerchantProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MerchantProfiles profiles;
    private final ComplaintService complaints;
    private final PlatformService platforms;
    final H2 title = new H2();
    final Div cards = new Div();
    final EChart perMonth = new EChart("100%", "280px");
    final Div breakdowns = new Div();
    final Grid<ComplaintRow> cases = new Grid<>(ComplaintRow.class, false);
    final Span facts = new Span();
    private MerchantProfile profile;

    public MerchantProfileView(MerchantProfiles profiles, ComplaintService complaints, PlatformService platforms) {
        this.profiles = profiles;
        this.complaints = complaints;
        this.platforms = platforms;
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
        add(new HorizontalLayout(title), facts, cards, new H3(getTranslation("merchant.perMonth")), perMonth,
                breakdowns, new HorizontalLayout(new H3(getTranslation("merchant.cases")), searchAll), cases);
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

    private String value(String key, String value) {
        return getTranslation(key) + ": " + (value == null || value.isBlank() ? "—" : value);
    }

    private Div card(String labelKey, String value) {
        Span number = new Span(value);
        number.addClassName("stat-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("stat-label");
        Div card = new Div(number, label);
        card.addClassName("stat-card");
        return card;
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
