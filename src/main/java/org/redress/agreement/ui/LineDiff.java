package org.redress.agreement.ui;

import java.util.ArrayList;
import java.util.List;

/** Line-by-line comparison of two versions (longest common subsequence): each line kept, removed or added. */
final class LineDiff {

    enum Change { SAME, REMOVED, ADDED }

    record Line(Change change, String text) {
    }

    private LineDiff() {
    }

    static List<Line> of(List<String> before, List<String> after) {
        int n = before.size();
        int m = after.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (before.get(i).equals(after.get(j))) {
                lines.add(new Line(Change.SAME, before.get(i)));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line(Change.REMOVED, before.get(i++)));
            } else {
                lines.add(new Line(Change.ADDED, after.get(j++)));
            }
        }
        while (i < n) {
            lines.add(new Line(Change.REMOVED, before.get(i++)));
        }
        while (j < m) {
            lines.add(new Line(Change.ADDED, after.get(j++)));
        }
        return lines;
    }
}
