package org.redress.statistics;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.redress.base.Texts;

/**
 * Headers and values of an export in its language: "stats.column.*" labels for column names, constants by their
 * labels (category, payment method, status, channel), platforms by name and the small-cell "other" group by its
 * label. The machine-readable variant keeps names and constants as they are.
 */
public final class ExportLabels {

    private static final Map<String, String> CONSTANT_LABELS = Map.of("category", "Category.",
            "paymentMethod", "PaymentMethod.", "status", "ComplaintStatus.", "channel", "Channel.");

    private final ExportLanguage language;
    private final Function<String, String> platformName;

    ExportLabels(ExportLanguage language, Function<String, String> platformName) {
        this.language = language;
        this.platformName = platformName;
    }

    public List<String> header(List<String> columns) {
        if (language.isCodes()) {
            return columns;
        }
        return columns.stream().map(this::column).toList();
    }

    /** A column's label; a dashboard series named by a category (one column per category) by that label. */
    private String column(String name) {
        String label = Texts.pattern("stats.column." + name, language.locale());
        if (label == null) {
            label = Texts.pattern("Category." + name, language.locale());
        }
        if (label == null && SmallCells.OTHER.equals(name)) {
            label = Texts.pattern("stats.other", language.locale());
        }
        return label == null ? name : label.replace("''", "'");
    }

    public Object[] row(List<String> columns, Object[] values) {
        if (language.isCodes()) {
            return values;
        }
        Object[] shown = values.clone();
        for (int i = 0; i < shown.length && i < columns.size(); i++) {
            shown[i] = value(columns.get(i), shown[i]);
        }
        return shown;
    }

    private Object value(String column, Object value) {
        if (value == null) {
            return null;
        }
        if (SmallCells.OTHER.equals(value)) {
            return Texts.render("stats.other", language.locale());
        }
        String prefix = CONSTANT_LABELS.get(column);
        if (prefix != null) {
            String label = Texts.pattern(prefix + value, language.locale());
            return label == null ? value : label;
        }
        if ("platform".equals(column)) {
            return platformName.apply(value.toString());
        }
        return value;
    }
}
