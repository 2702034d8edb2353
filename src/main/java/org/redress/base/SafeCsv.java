package org.redress.base;

import java.util.ArrayList;
import java.util.List;

/**
 * Cells for the CSV files the portal writes, neutralised after OWASP's rule on CSV injection: text that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe,
 * so a consumer's or merchant's text is shown, never evaluated, when staff open the file in Excel or WPS.
 * Numbers are left as numbers.
 */
public final class SafeCsv {

    private static final String FORMULA_START = "=+-@\t\r";

    private SafeCsv() {
    }

    public static Object cell(Object value) {
        if (value instanceof CharSequence text && !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    public static Object[] cells(Object... values) {
        Object[] safe = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            safe[i] = cell(values[i]);
        }
        return safe;
    }

    public static Iterable<Object> cells(Iterable<?> values) {
        List<Object> safe = new ArrayList<>();
        values.forEach(v -> safe.add(cell(v)));
        return safe;
    }
}
