package org.redress.statistics.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ECharts option objects for the dashboard's charts, built as plain maps and lists. */
final class ChartOptions {

    private static final String FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

    private ChartOptions() {
    }

    static Map<String, Object> bars(List<String> labels, List<? extends Number> values, String seriesName,
                                    boolean horizontal) {
        Map<String, Object> option = base();
        Map<String, Object> categoryAxis = Map.of("type", "category", "data", horizontal ? reversed(labels) : labels,
                "axisLabel", Map.of("interval", 0, "width", horizontal ? 160 : 80, "overflow", "truncate",
                        "rotate", horizontal || labels.size() < 8 ? 0 : 35));
        Map<String, Object> valueAxis = Map.of("type", "value", "minInterval", 1);
        option.put(horizontal ? "yAxis" : "xAxis", categoryAxis);
        option.put(horizontal ? "xAxis" : "yAxis", valueAxis);
        option.put("grid", Map.of("left", horizontal ? 170 : 50, "right", 24, "top", 16, "bottom",
                horizontal || labels.size() < 8 ? 30 : 80));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("series", List.of(Map.of("type", "bar", "name", seriesName,
                "data", horizontal ? reversed(values) : values, "itemStyle", Map.of("color", "#2f6fdf"),
                "barMaxWidth", 36)));
        return option;
    }

    static Map<String, Object> stacked(List<String> categories, Map<String, List<Long>> series) {
        Map<String, Object> option = base();
        option.put("xAxis", Map.of("type", "category", "data", categories));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        option.put("grid", Map.of("left", 50, "right", 24, "top", 60, "bottom", 30));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("type", "scroll", "top", 0));
        List<Map<String, Object>> list = new ArrayList<>();
        series.forEach((name, values) -> list.add(Map.of("type", "bar", "stack", "total", "name", name,
                "data", values.stream().map(v -> v == null ? "-" : (Object) v).toList(),
                "emphasis", Map.of("focus", "series"))));
        option.put("series", list);
        return option;
    }

    static Map<String, Object> pie(List<String> labels, List<? extends Number> values, String seriesName) {
        Map<String, Object> option = base();
        List<Map<String, Object>> data = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            data.add(Map.of("name", labels.get(i), "value", values.get(i)));
        }
        option.put("tooltip", Map.of("trigger", "item", "formatter", "{b}: {c} ({d}%)"));
        option.put("legend", Map.of("type", "scroll", "orient", "vertical", "right", 0, "top", "middle"));
        option.put("series", List.of(Map.of("type", "pie", "name", seriesName, "radius", List.of("40%", "70%"),
                "center", List.of("35%", "50%"), "data", data, "label", Map.of("formatter", "{d}%"))));
        return option;
    }

    private static Map<String, Object> base() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("textStyle", Map.of("fontFamily", FONT));
        option.put("animation", false);
        option.put("color", List.of("#2f6fdf", "#e8684a", "#f6bd16", "#5ad8a6", "#6dc8ec", "#945fb9", "#ff9845",
                "#1e9493", "#ff99c3", "#5d7092"));
        return option;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
