package org.redress.statistics.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.base.ui.LocalDatePicker;
import org.redress.complaint.Category;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.PaymentMethod;
import org.redress.complaint.Provinces;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.PlatformRef;
import org.redress.merchant.PlatformService;
import org.redress.statistics.StatisticsFilter;

/**
 * The dashboard's filters. They are read from and written back to the address (?from=2026-01-01&platform=...), so a
 * dashboard can be bookmarked and shared; a change runs {@code changed} once, a reset or an address read runs it
 * once for all fields.
 */
class StatisticsFilterBar extends Div {

    final DatePicker from = new LocalDatePicker();
    final DatePicker to = new LocalDatePicker();
    final ComboBox<PlatformRef> platform = new ComboBox<>();
    final ComboBox<Category> category = new ComboBox<>();
    final ComboBox<PaymentMethod> paymentMethod = new ComboBox<>();
    final ComboBox<String> province = new ComboBox<>();
    final ComboBox<MerchantSummary> merchant = new ComboBox<>();
    final ComboBox<ComplaintStatus> status = new ComboBox<>();

    private final PlatformService platformService;
    private final MerchantService merchantService;
    private final Locale locale;
    private final Runnable changed;
    private boolean resetting;

    StatisticsFilterBar(PlatformService platformService, MerchantService merchantService, Locale locale,
                        Runnable changed) {
        this.platformService = platformService;
        this.merchantService = merchantService;
        this.locale = locale;
        this.changed = changed;
        addClassName("filter-bar");
        configure();
    }

    /** Sets every field from the address's query parameters, ignoring values it does not know. */
    void read(Map<String, List<String>> parameters) {
        resetting = true;
        try {
            from.setValue(date(first(parameters, "from")));
            to.setValue(date(first(parameters, "to")));
            platform.setValue(first(parameters, "platform") == null ? null
                    : platformService.find(first(parameters, "platform")).orElse(null));
            category.setValue(constant(Category.class, first(parameters, "category")));
            paymentMethod.setValue(constant(PaymentMethod.class, first(parameters, "paymentMethod")));
            String wantedProvince = first(parameters, "province");
            province.setValue(wantedProvince != null && Provinces.ALL.contains(wantedProvince) ? wantedProvince : null);
            String merchantId = first(parameters, "merchant");
            merchant.setValue(merchantId == null || !merchantId.matches("\\d{1,18}") ? null : merchantService
                    .namesOf(List.of(Long.valueOf(merchantId))).entrySet().stream().findFirst()
                    .map(e -> new MerchantSummary(e.getKey(), e.getValue(), null, null)).orElse(null));
            status.setValue(constant(ComplaintStatus.class, first(parameters, "status")));
        } finally {
            resetting = false;
        }
    }

    /** Writes the filter as applied (dates snapped) into the address without a new history entry. */
    void remember(StatisticsFilter f) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "from", f.from());
        put(values, "to", f.to());
        put(values, "platform", f.platform());
        put(values, "category", f.category() == null ? null : f.category().name());
        put(values, "paymentMethod", f.paymentMethod() == null ? null : f.paymentMethod().name());
        put(values, "province", f.province());
        put(values, "merchant", f.merchantId());
        put(values, "status", f.status() == null ? null : f.status().name());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("statistics", QueryParameters.simple(values))));
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().trim();
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void configure() {
        from.setLabel(getTranslation("stats.filter.from"));
        to.setLabel(getTranslation("stats.filter.to"));
        from.setHelperText(getTranslation("stats.filter.wholeMonths"));
        to.setHelperText(getTranslation("stats.filter.wholeMonths"));
        platform.setLabel(getTranslation("complaint.platform"));
        platform.setItems(platformService.active());
        platform.setItemLabelGenerator(p -> p.label(locale));
        category.setLabel(getTranslation("complaint.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> getTranslation("Category." + c.name()));
        paymentMethod.setLabel(getTranslation("complaint.paymentMethod"));
        paymentMethod.setItems(PaymentMethod.values());
        paymentMethod.setItemLabelGenerator(p -> getTranslation("PaymentMethod." + p.name()));
        province.setLabel(getTranslation("complaint.province"));
        province.setItems(Provinces.ALL);
        merchant.setLabel(getTranslation("complaint.merchant"));
        merchant.setItems(query -> merchantService.suggestNames(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        merchant.setItemLabelGenerator(MerchantSummary::label);
        status.setLabel(getTranslation("complaint.status"));
        status.setItems(ComplaintStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("ComplaintStatus." + s.name()));
        List<AbstractField<?, ?>> fields = List.of(from, to, platform, category, paymentMethod, province, merchant,
                status);
        for (AbstractField<?, ?> field : fields) {
            if (field instanceof ComboBox<?> box) {
                box.setClearButtonVisible(true);
            }
            field.addValueChangeListener(e -> {
                if (!resetting) {
                    changed.run();
                }
            });
        }
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        Button reset = new Button(getTranslation("stats.filter.reset"), e -> {
            resetting = true;
            try {
                fields.forEach(AbstractField::clear);
            } finally {
                resetting = false;
            }
            changed.run();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(from, to, platform, category, paymentMethod, province, merchant, status, reset);
    }

    StatisticsFilter value() {
        return new StatisticsFilter(from.getValue(), to.getValue(),
                platform.getValue() == null ? null : platform.getValue().code(), category.getValue(),
                paymentMethod.getValue(), province.getValue(),
                merchant.getValue() == null ? null : merchant.getValue().id(), status.getValue());
    }

    /** Whether the period is usable; marks the end date otherwise. */
    boolean periodValid() {
        boolean valid = from.getValue() == null || to.getValue() == null || !from.getValue().isAfter(to.getValue());
        to.setInvalid(!valid);
        if (!valid) {
            to.setErrorMessage(getTranslation("stats.filter.toBeforeFrom"));
        }
        return valid;
    }
}
