package org.jixiao.ingest.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Merged label cells of a form whose cells are centred vertically: the 一级指标 name of a group
 * is printed beside the middle of the group's rows, not on its first row, so the blank label cells
 * above it belong to it as well as those below. {@link SpanInference} joins a blank label cell to
 * the cell above; here each label is first moved to the first row of its group, so that rule then
 * spans it over the whole group.
 *
 * <p>A column is read this way when the row under the first (the header) leaves it blank while
 * another cell of that row is filled: a top-aligned group names itself on its first row. The
 * groups divide the rows between two labels where the column to the right opens a cell (an 一级
 * group holds whole 二级 groups), choosing the division that centres each label best in its
 * group's printed lines.
 */
final class CentredLabels {
  private CentredLabels() {}

  /** The rows with each centred column's labels moved to the first row of their groups. */
  static List<List<String>> place(List<List<String>> rows, List<Integer> heights) {
    if (rows.size() < 3) {
      return rows;
    }
    List<List<String>> out = new ArrayList<>();
    rows.forEach(r -> out.add(new ArrayList<>(r)));
    for (int c = rows.getFirst().size() - 2; c >= 0; c--) {
      if (isCentred(out, c)) {
        place(out, heights, c);
      }
    }
    return out;
  }

  /**
   * Column c heads its rows (row 0 filled), leaves row 1 blank with a cell to the right filled,
   * names a later row, and is a label column: blank only where every cell to its left is blank.
   */
  private static boolean isCentred(List<List<String>> rows, int c) {
    if (rows.get(0).get(c).isEmpty() || !rows.get(1).get(c).isEmpty() || !filledRight(rows.get(1), c)) {
      return false;
    }
    boolean named = false;
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (!row.get(c).isEmpty()) {
        named |= r > 1;
      } else if (!row.subList(0, c).stream().allMatch(String::isEmpty) || !filledRight(row, c)) {
        return false;
      }
    }
    return named;
  }

  private static boolean filledRight(List<String> row, int c) {
    return row.subList(c + 1, row.size()).stream().anyMatch(s -> !s.isEmpty());
  }

  /** Moves column c's labels (rows 1…) to the starts of their groups, found by {@link #starts}. */
  private static void place(List<List<String>> rows, List<Integer> heights, int c) {
    List<Integer> labels = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      if (!rows.get(r).get(c).isEmpty()) {
        labels.add(r);
      }
    }
    int[] first = starts(rows, heights, c, labels);
    for (int k = labels.size() - 1; k >= 0; k--) {
      String label = rows.get(labels.get(k)).get(c);
      rows.get(labels.get(k)).set(c, "");
      rows.get(first[k]).set(c, label);
    }
  }

  /** Column c opens no cell on rows {@code [from, to]} (the rows past the table's end count as opening one). */
  private static boolean opensNone(List<List<String>> rows, int c, int from, int to) {
    for (int r = from; r <= to; r++) {
      if (r >= rows.size() || !rows.get(r).get(c).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first row of each label's group. Group k runs from its first row to the row before group
   * k + 1's and holds its label's row; a group may start only on a row where column c + 1 opens a
   * cell (on the next label's row when there is none: a 总分 row). Dynamic programming over the starts, the cost of a group
   * being the square of how far, in printed lines, its label stands from its middle: a centred
   * label is at most half a line off, so one group a line off is worse than two half a line off.
   */
  private static int[] starts(List<List<String>> rows, List<Integer> heights, int c, List<Integer> labels) {
    int n = rows.size();
    int[] line = new int[n + 1];
    for (int r = 0; r < n; r++) {
      line[r + 1] = line[r] + heights.get(r);
    }
    int m = labels.size();
    // best[k][s]: least cost of groups 0..k-1 when group k starts on row s; from[k][s] the start of group k-1
    double[][] best = new double[m + 1][n + 1];
    int[][] from = new int[m + 1][n + 1];
    for (double[] b : best) {
      Arrays.fill(b, Double.MAX_VALUE);
    }
    best[0][1] = 0;
    for (int k = 0; k < m; k++) {
      int label = labels.get(k);
      int lastStart = k + 1 < m ? labels.get(k + 1) : n;
      for (int s = 1; s <= label; s++) {
        if (best[k][s] == Double.MAX_VALUE) {
          continue;
        }
        boolean free = opensNone(rows, c + 1, label + 1, lastStart);
        for (int e = label + 1; e <= lastStart; e++) { // the next group starts on row e
          if (e < n && rows.get(e).get(c + 1).isEmpty() && !(free && e == lastStart)) {
            continue;
          }
          double middle = (line[s] + line[e] - 1) / 2.0;
          double at = line[label] + (heights.get(label) - 1) / 2;
          double cost = best[k][s] + (middle - at) * (middle - at);
          if (k + 1 < m || e == n) {
            if (cost < best[k + 1][e]) {
              best[k + 1][e] = cost;
              from[k + 1][e] = s;
            }
          }
        }
      }
    }
    int[] first = new int[m];
    int s = n;
    for (int k = m; k > 0; k--) {
      first[k - 1] = from[k][s];
      s = from[k][s];
    }
    return first;
  }
}
