package org.redress.duplicate.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * A character-level difference of two texts (longest common subsequence), for showing what changed between a
 * complaint and its likely duplicate. Texts are compared up to {@value #MAX} characters; the rest is shown as is.
 */
final class TextDiff {

    static final int MAX = 2_000;

    /** A run of characters that is common to both texts or only in this one. */
    record Segment(String text, boolean changed) {
    }

    record Result(List<Segment> left, List<Segment> right) {
    }

    private TextDiff() {
    }

    static Result of(String a, String b) {
        String x = a == null ? "" : a;
        String y = b == null ? "" : b;
        int n = Math.min(x.length(), MAX);
        int m = Math.min(y.length(), MAX);
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = x.charAt(i) == y.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Builder left = new Builder();
        Builder right = new Builder();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (x.charAt(i) == y.charAt(j)) {
                left.add(x.charAt(i++), false);
                right.add(y.charAt(j++), false);
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                left.add(x.charAt(i++), true);
            } else {
                right.add(y.charAt(j++), true);
            }
        }
        while (i < n) {
            left.add(x.charAt(i++), true);
        }
        while (j < m) {
            right.add(y.charAt(j++), true);
        }
        if (x.length() > n) {
            left.addText(x.substring(n));
        }
        if (y.length() > m) {
            right.addText(y.substring(m));
        }
        return new Result(left.done(), right.done());
    }

    private static final class Builder {
        private final List<Segment> segments = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private boolean changed;

        void add(char c, boolean isChanged) {
            if (current.length() > 0 && isChanged != changed) {
                flush();
            }
            changed = isChanged;
            current.append(c);
        }

        void addText(String text) {
            flush();
            segments.add(new Segment(text, false));
        }

        private void flush() {
            if (current.length() > 0) {
                segments.add(new Segment(current.toString(), changed));
                current.setLength(0);
            }
        }

        List<Segment> done() {
            flush();
            return segments;
        }
    }
}
