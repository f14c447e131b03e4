package org.jixiao.extract.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 小计分组: the first-level groups of an indicator table closed by 小计 rows. Between the header
 * (or one 小计 row) and the next 小计 row, a 一级指标 label printed once names the whole group,
 * wherever the merged cell put it (a borderless table prints a merged label beside the middle of
 * its group, not on its first row), and the 小计 row is that group's subtotal.
 */
final class SubtotalGroups {
  /** No groups (no header yet). */
  static final SubtotalGroups NONE = new SubtotalGroups();

  private final Map<Integer, String> labelOfRow = new HashMap<>();

  private SubtotalGroups() {}

  /**
   * The groups of the rows below {@code header} up to the next header, by 小计 rows; without a 一级指标 column, the
   * rows up to the first 小计 are {@code captionGroup}'s (the group a caption above the table names), or in none.
   */
  static SubtotalGroups of(List<TableRow> rows, HeaderRow header, TotalLabels labels, @Nullable String captionGroup) {
    SubtotalGroups g = new SubtotalGroups();
    Integer col = header.column(ColumnRole.LEVEL1);
    if (col == null) {
      for (int i = header.row() + 1; captionGroup != null && i < rows.size() && rows.get(i).header() == null; i++) {
        g.labelOfRow.put(rows.get(i).index(), captionGroup);
        if (isSubtotal(rows.get(i), labels)) {
          break;
        }
      }
      return g;
    }
    int start = header.row() + 1;
    for (int i = start; i < rows.size() && rows.get(i).header() == null; i++) {
      if (isSubtotal(rows.get(i), labels)) {
        g.close(rows, start, i, col);
        start = i + 1;
      }
    }
    return g;
  }

  private void close(List<TableRow> rows, int from, int subtotal, int col) {
    String label = null;
    for (int i = from; i < subtotal; i++) {
      if (rows.get(i).cellAt(col).colSpan() >= rows.get(i).cols()) {
        continue; // a note across the whole table ("注：以下为效益指标…", h207) names no group
      }
      String v = rows.get(i).startsHere(col) ? rows.get(i).value(col) : null;
      if (v != null) {
        if (label != null && !label.equals(v)) {
          return; // two groups before one 小计: not one group
        }
        label = v;
      }
    }
    if (label != null) {
      for (int i = from; i <= subtotal; i++) {
        labelOfRow.put(rows.get(i).index(), label);
      }
    }
  }

  /** The group of row {@code index}, or null when it is in no closed group. */
  @Nullable String label(int index) {
    return labelOfRow.get(index);
  }

  static boolean isSubtotal(TableRow row, TotalLabels labels) {
    for (int c = 0; c < row.cols(); c++) {
      if (row.startsHere(c) && !row.text(c).isEmpty()) {
        return labels.isSubtotal(row.printed(c));
      }
    }
    return false;
  }
}
