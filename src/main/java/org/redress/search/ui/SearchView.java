package org.redress.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.redress.base.InvalidInputException;
import org.redress.base.Roles;
import org.redress.base.SearchParameters;
import org.redress.base.ui.LocalDatePicker;
import org.redress.base.ui.Notifications;
import org.redress.complaint.Category;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.PaymentMethod;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.PlatformService;
import org.redress.search.ComplaintSearch;
import org.redress.search.ComplaintSearchQuery;
import org.redress.search.ComplaintSearchResult;

/**
 * Full-text search with facet filters. The query and filters live in the URL's query parameters, so a search can
 * be bookmarked and shared: /search?q=跑路&platform=KUAISHOU&from=2026-10-01.
 */
@Menu(order = 2, title = "nav.search", icon = "vaadin:search")
@Route("search")
@PageTitle("title.search")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class SearchView extends VerticalLayout implements BeforeEnterObserver {

    private final ComplaintSearch search;
    private final MerchantService merchants;
    private final Map<String, String> platformLabels = new HashMap<>();
    private final Map<String, Function<String, String>> facetLabels = new HashMap<>();

    final TextField text = new TextField();
    final ComboBox<MerchantSummary> merchant = new ComboBox<>();
    final Select<ComplaintSearchQuery.Sort> sort = new Select<>();
    final DatePicker from = new LocalDatePicker();
    final DatePicker to = new LocalDatePicker();
    final BigDecimalField minAmount = new BigDecimalField();
    final BigDecimalField maxAmount = new BigDecimalField();
    final Map<String, CheckboxGroup<String>> facets = new LinkedHashMap<>();
    final SearchHitsGrid grid = new SearchHitsGrid(platformLabels);
    final Span total = new Span();
    final Span notice = new Span();
    private boolean updating;

    public SearchView(ComplaintSearch search, MerchantService merchants, PlatformService platforms) {
        this.search = search;
        this.merchants = merchants;
        platforms.active().forEach(p -> platformLabels.put(p.code(), p.label(getLocale())));
        addClassName("search-view");
        setSizeFull();

        text.setPlaceholder(getTranslation("search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setWidthFull();
        text.setAriaLabel(getTranslation("search.placeholder"));
        text.addValueChangeListener(e -> refresh(true));
        Button go = new Button(getTranslation("search.go"), e -> refresh(true));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sort.setItems(ComplaintSearchQuery.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s));
        sort.setValue(ComplaintSearchQuery.Sort.RELEVANCE);
        sort.setAriaLabel(getTranslation("search.sort"));
        sort.addValueChangeListener(e -> refresh(true));
        HorizontalLayout bar = new HorizontalLayout(text, go, sort);
        bar.addClassName("search-bar");
        bar.setWidthFull();
        bar.setAlignItems(Alignment.BASELINE);
        bar.expand(text);
        notice.addClassName("view-hint");
        total.addClassName("list-total");
        add(new HorizontalLayout(new H2(getTranslation("nav.search")), total), bar, notice);

        Div filters = new Div();
        filters.addClassName("search-filters");
        merchant.setLabel(getTranslation("complaint.merchant"));
        merchant.setItems(query -> merchants.suggest(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        merchant.setItemLabelGenerator(MerchantSummary::label);
        merchant.setClearButtonVisible(true);
        merchant.setWidthFull();
        merchant.addValueChangeListener(e -> refresh(true));
        from.setLabel(getTranslation("filter.from"));
        to.setLabel(getTranslation("filter.to"));
        minAmount.setLabel(getTranslation("search.minAmount"));
        maxAmount.setLabel(getTranslation("search.maxAmount"));
        for (var field : List.of(from, to)) {
            field.setClearButtonVisible(true);
            field.setWidthFull();
            field.addValueChangeListener(e -> refresh(true));
        }
        for (var field : List.of(minAmount, maxAmount)) {
            field.setClearButtonVisible(true);
            field.setWidthFull();
            field.addValueChangeListener(e -> refresh(true));
        }
        filters.add(merchant, from, to, minAmount, maxAmount);
        addFacet(filters, "platform", "complaint.platform", code -> platformLabels.getOrDefault(code, code));
        addFacet(filters, "category", "complaint.category", code -> getTranslation("Category." + code));
        addFacet(filters, "status", "complaint.status", code -> getTranslation("ComplaintStatus." + code));
        addFacet(filters, "paymentMethod", "complaint.paymentMethod", code -> getTranslation("PaymentMethod." + code));
        addFacet(filters, "province", "complaint.province", Function.identity());
        Button reset = new Button(getTranslation("filter.reset"), e -> reset());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        filters.add(reset);

        Div body = new Div(filters, grid);
        body.addClassName("search-body");
        add(body);
        expand(body);
    }

    private void addFacet(Div filters, String name, String labelKey, Function<String, String> label) {
        CheckboxGroup<String> group = new CheckboxGroup<>();
        group.addClassName("facet");
        group.setItemLabelGenerator(label::apply);
        group.addValueChangeListener(e -> {
            if (!updating) {
                refresh(true);
            }
        });
        facets.put(name, group);
        Details details = new Details(getTranslation(labelKey), group);
        details.setOpened(!name.equals("province"));
        filters.add(details);
        facetLabels.put(name, label);
    }

    ComplaintSearchQuery query() {
        return new ComplaintSearchQuery(text.getValue(), merchant.getValue() == null ? null : merchant.getValue().id(),
                facets.get("platform").getValue(), toConstants(facets.get("category").getValue(), Category.class),
                toConstants(facets.get("status").getValue(), ComplaintStatus.class),
                toConstants(facets.get("paymentMethod").getValue(), PaymentMethod.class),
                facets.get("province").getValue(), from.getValue(), to.getValue(), minAmount.getValue(),
                maxAmount.getValue(), sort.getValue());
    }

    private static <E extends Enum<E>> Set<E> toConstants(Set<String> names, Class<E> type) {
        Set<E> result = new LinkedHashSet<>();
        names.forEach(name -> result.add(Enum.valueOf(type, name)));
        return result;
    }

    void refresh(boolean updateUrl) {
        if (updating) {
            return;
        }
        ComplaintSearchQuery query = query();
        ComplaintSearchResult first;
        try {
            first = search.search(query, 0, 1);
        } catch (InvalidInputException e) {
            Notifications.error(String.join("; ", e.fieldErrors().values()));
            return;
        }
        notice.setText(first.notice() == null ? "" : first.notice());
        total.setText(getTranslation("search.total", first.total()));
        updateFacets(first.facets());
        long count = first.total();
        grid.setItems(q -> search.range(query, q.getOffset(), q.getLimit()).items().stream(), q -> (int) count);
        if (updateUrl) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    "search" + (toParameters().getQueryString().isEmpty() ? "" : "?" + toParameters().getQueryString())));
        }
    }

    private void updateFacets(Map<String, Map<String, Long>> counts) {
        updating = true;
        try {
            facets.forEach((name, group) -> {
                Map<String, Long> values = counts.getOrDefault(name, Map.of());
                Set<String> selected = new LinkedHashSet<>(group.getValue());
                List<String> items = new ArrayList<>(values.keySet());
                selected.stream().filter(v -> !items.contains(v)).forEach(items::add);
                Function<String, String> label = facetLabels.get(name);
                group.setItemLabelGenerator(v -> label.apply(v) + " (" + values.getOrDefault(v, 0L) + ")");
                group.setItems(items);
                group.setValue(selected);
            });
        } finally {
            updating = false;
        }
    }

    QueryParameters toParameters() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        put(params, "q", text.getValue());
        put(params, "merchant", merchant.getValue() == null ? null : merchant.getValue().id().toString());
        facets.forEach((name, group) -> {
            if (!group.getValue().isEmpty()) {
                params.put(name, List.of(String.join(",", group.getValue())));
            }
        });
        put(params, "from", from.getValue() == null ? null : from.getValue().toString());
        put(params, "to", to.getValue() == null ? null : to.getValue().toString());
        put(params, "minAmount", minAmount.getValue() == null ? null : minAmount.getValue().toPlainString());
        put(params, "maxAmount", maxAmount.getValue() == null ? null : maxAmount.getValue().toPlainString());
        if (sort.getValue() != ComplaintSearchQuery.Sort.RELEVANCE) {
            put(params, "sort", sort.getValue().name().toLowerCase());
        }
        return new QueryParameters(params);
    }

    private static void put(Map<String, List<String>> params, String name, String value) {
        if (value != null && !value.isBlank()) {
            params.put(name, List.of(value));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        SearchParameters p = new SearchParameters();
        updating = true;
        try {
            text.setValue(first(params, "q"));
            String merchantParam = first(params, "merchant");
            merchant.setValue(merchantParam.isEmpty() ? null : merchants.findByIdOrName(merchantParam).orElse(null));
            facets.forEach((name, group) -> {
                Set<String> values = p.strings(name, params.get(name));
                List<String> items = new ArrayList<>(values);
                group.setItems(items);
                group.setValue(values);
            });
            from.setValue(p.date("from", first(params, "from")));
            to.setValue(p.date("to", first(params, "to")));
            minAmount.setValue(p.amount("minAmount", first(params, "minAmount")));
            maxAmount.setValue(p.amount("maxAmount", first(params, "maxAmount")));
            String sortParam = first(params, "sort");
            sort.setValue(sortParam.isEmpty() ? ComplaintSearchQuery.Sort.RELEVANCE : parseSort(sortParam));
        } finally {
            updating = false;
        }
        refresh(false);
    }

    private static ComplaintSearchQuery.Sort parseSort(String value) {
        try {
            return ComplaintSearchQuery.Sort.valueOf(value.toUpperCase());
        } catch (IllegalArgumentException e) {
            try {
                return ComplaintSearchQuery.Sort.parse(value);
            } catch (IllegalArgumentException unknown) {
                return ComplaintSearchQuery.Sort.RELEVANCE;
            }
        }
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private void reset() {
        updating = true;
        try {
            text.clear();
            merchant.clear();
            from.clear();
            to.clear();
            minAmount.clear();
            maxAmount.clear();
            facets.values().forEach(CheckboxGroup::clear);
        } finally {
            updating = false;
        }
        refresh(true);
    }
}
