package org.redress.search;

import java.util.regex.Pattern;

/**
 * Makes a highlighter fragment safe to insert as HTML: the only markup that survives is {@code <mark>} and
 * {@code </mark>}; everything else is text. Lucene's highlighter escapes fragments that contain a match, but returns
 * the start of the field raw when nothing matched, and a narrative may itself contain the word {@code <mark>}, so
 * the fragment is never trusted as it comes.
 */
final class SafeSnippet {

    private static final Pattern MARK = Pattern.compile("(</?mark>)");

    private SafeSnippet() {
    }

    static String of(String fragment) {
        if (fragment == null) {
            return null;
        }
        if (!fragment.contains("<mark>")) {
            return escape(fragment);
        }
        StringBuilder out = new StringBuilder(fragment.length() + 16);
        int from = 0;
        var m = MARK.matcher(fragment);
        while (m.find()) {
            out.append(escapeTags(fragment.substring(from, m.start()))).append(m.group(1));
            from = m.end();
        }
        return out.append(escapeTags(fragment.substring(from))).toString();
    }

    /** Text the highlighter already encoded: its entities stay, but no tag or attribute can open. */
    private static String escapeTags(String encoded) {
        return encoded.replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#x27;");
    }

    static String escape(String text) {
        return escapeTags(text.replace("&", "&amp;"));
    }
}
