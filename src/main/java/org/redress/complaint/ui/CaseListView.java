package org.redress.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.base.Roles;
import org.redress.base.ui.Badge;
import org.redress.base.ui.EnumLabels;
import org.redress.base.ui.LocalDatePicker;
import org.redress.complaint.Category;
import org.redress.complaint.ComplaintFilter;
import org.redress.complaint.ComplaintRow;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.PlatformRef;
import org.redress.merchant.PlatformService;
import org.redress.security.CurrentUser;
import org.springframework.data.domain.Sort;

/** The case list: a lazily loaded, sortable grid with the filters staff use every day. */
@Menu(order = 1, title = "nav.cases", icon = "vaadin:folder-open")
@Route("cases")
@PageTitle("title.cases")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class CaseListView extends VerticalLayout {

    private final ComplaintService complaints;
    private final CurrentUser currentUser;

    final TextField text = new TextField();
    final MultiSelectComboBox<ComplaintStatus> status = new MultiSelectComboBox<>();
    final ComboBox<PlatformRef> platform = new ComboBox<>();
    final ComboBox<Category> category = new ComboBox<>();
    final ComboBox<MerchantSummary> merchant = new ComboBox<>();
    final DatePicker from = new LocalDatePicker();
    final DatePicker to = new LocalDatePicker();
    final Checkbox mine = new Checkbox();
    final Checkbox overdue = new Checkbox();
    final Grid<ComplaintRow> grid = new Grid<>(ComplaintRow.class, false);
    final Span total = new Span();
    private final Map<String, String> platformLabels = new HashMap<>();

    public CaseListView(ComplaintService complaints, MerchantService merchants, PlatformService platforms,
                        CurrentUser currentUser) {
        this.complaints = complaints;
        this.currentUser = currentUser;
        setSizeFull();
        addClassName("case-list-view");

        Button create = new Button(getTranslation("nav.intake"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.cases")), total, create);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.expand(total);
        total.addClassName("list-total");

        platforms.active().forEach(p -> platformLabels.put(p.code(), p.label(getLocale())));
        setUpFilters(merchants, platforms);
        Button reset = new Button(getTranslation("filter.reset"), e -> resetFilters());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // On a phone only the text search shows; the other filters open with this button.
        Button more = new Button(getTranslation("filter.more"), VaadinIcon.FILTER.create());
        more.addClassName("filters-toggle");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout filters = new FlexLayout(text, more, status, platform, category, merchant, from, to, mine, overdue,
                reset);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("filter-bar");
        filters.addClassName("collapsible-filters");
        text.addClassName("filter-keep");
        more.addClickListener(e -> filters.getElement().getClassList().set("filters-open",
                !filters.hasClassName("filters-open")));

        setUpGrid();
        add(header, filters, grid);
        refresh();
    }

    private void setUpFilters(MerchantService merchants, PlatformService platforms) {
        text.setPlaceholder(getTranslation("filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("16em");
        status.setPlaceholder(getTranslation("complaint.status"));
        status.setItems(ComplaintStatus.values());
        status.setItemLabelGenerator(EnumLabels::of);
        platform.setPlaceholder(getTranslation("complaint.platform"));
        platform.setItems(platforms.active());
        platform.setItemLabelGenerator(p -> p.label(getLocale()));
        platform.setClearButtonVisible(true);
        category.setPlaceholder(getTranslation("complaint.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(EnumLabels::of);
        category.setClearButtonVisible(true);
        merchant.setPlaceholder(getTranslation("complaint.merchant"));
        merchant.setItems(query -> merchants.suggest(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        merchant.setItemLabelGenerator(MerchantSummary::label);
        merchant.setClearButtonVisible(true);
        from.setPlaceholder(getTranslation("filter.from"));
        to.setPlaceholder(getTranslation("filter.to"));
        from.setWidth("10em");
        to.setWidth("10em");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        mine.setLabel(getTranslation("filter.mine"));
        overdue.setLabel(getTranslation("filter.overdue"));
        text.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        platform.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        merchant.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
    }

    private void setUpGrid() {
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        grid.addColumn(ComplaintRow::caseNumber).setHeader(getTranslation("complaint.caseNumber"))
                .setSortProperty("caseNumber").setAutoWidth(true).setFlexGrow(0);
        var received = grid.addColumn(ComplaintRow::receivedAt).setHeader(getTranslation("complaint.receivedAt"))
                .setSortProperty("receivedAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ComplaintRow::consumerName).setHeader(getTranslation("complaint.consumerName"))
                .setAutoWidth(true);
        grid.addColumn(ComplaintRow::merchantName).setHeader(getTranslation("complaint.merchant"))
                .setSortProperty("merchant.name").setFlexGrow(2).setResizable(true).setWidth("14em");
        grid.addColumn(row -> platformLabels.getOrDefault(row.platform(), row.platform())).setHeader(getTranslation("complaint.platform"))
                .setSortProperty("platform.code").setAutoWidth(true);
        grid.addColumn(row -> EnumLabels.of(row.category())).setHeader(getTranslation("complaint.category"))
                .setSortProperty("category").setAutoWidth(true);
        grid.addComponentColumn(row -> StatusBadge.of(row.status())).setHeader(getTranslation("complaint.status"))
                .setSortProperty("status").setAutoWidth(true);
        grid.addColumn(row -> money.format(row.amountClaimed())).setHeader(getTranslation("complaint.amountClaimed"))
                .setSortProperty("amountClaimed").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(ComplaintRow::assignee).setHeader(getTranslation("complaint.assignee")).setAutoWidth(true)
                .setSortProperty("assignee");
        grid.addComponentColumn(this::deadline).setHeader(getTranslation("complaint.deadline"))
                .setSortProperty("deadlines.deadlineOn").setAutoWidth(true);
        grid.setPartNameGenerator(row -> row.overdue() ? "overdue" : null);
        grid.sort(List.of(new GridSortOrder<>(received, SortDirection.DESCENDING)));
        grid.setMultiSort(false);
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class,
                new RouteParameters("caseNumber", event.getItem().caseNumber()))));
        grid.setSizeFull();
        grid.addClassName("case-grid");
    }

    private Span deadline(ComplaintRow row) {
        if (row.overdue()) {
            return Badge.of(getTranslation("list.overdue", row.deadlineOn()), Badge.Tone.ERROR);
        }
        return new Span(row.deadlineOn() == null ? "" : row.deadlineOn().toString());
    }

    ComplaintFilter filter() {
        return new ComplaintFilter(status.getValue(), platform.getValue() == null ? null : platform.getValue().code(),
                category.getValue(), merchant.getValue() == null ? null : merchant.getValue().id(), from.getValue(),
                to.getValue(), mine.getValue() ? currentUser.usernameOrSystem() : null, overdue.getValue(),
                text.getValue());
    }

    void refresh() {
        ComplaintFilter filter = filter();
        grid.setItems(query -> complaints.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)
                        .withSort(withTieBreak(VaadinSpringDataHelpers.toSpringDataSort(query)))).stream(),
                query -> (int) complaints.count(filter));
        long count = complaints.count(filter);
        total.setText(getTranslation("list.total", count));
    }

    private static Sort withTieBreak(Sort sort) {
        return (sort.isUnsorted() ? Sort.by(Sort.Direction.DESC, "receivedAt") : sort).and(Sort.by(Sort.Direction.DESC, "id"));
    }

    private void resetFilters() {
        text.clear();
        status.clear();
        platform.clear();
        category.clear();
        merchant.clear();
        from.clear();
        to.clear();
        mine.clear();
        overdue.clear();
    }
}
