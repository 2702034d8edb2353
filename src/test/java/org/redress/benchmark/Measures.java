package org.redress.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Timing and reading replies, for the benchmarks that drive the API step by step. */
final class Measures {

    private Measures() {
    }

    static void report(String what, long start) {
        System.out.printf("%-80s %8.0f ms%n", what, (System.nanoTime() - start) / 1e6);
    }

    static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** A whole-number field of a JSON reply. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json.substring(0, Math.min(300, json.length())));
        }
        return m.group(1);
    }

    /** How many row errors a reply lists. */
    static long rows(String json) {
        return Pattern.compile("\"row\"").matcher(json).results().count();
    }

    static String json(List<String> values) {
        return "[\"" + String.join("\",\"", values) + "\"]";
    }
}
