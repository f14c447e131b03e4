package org.jixiao.extract.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.text.number.ValueParser;
import org.jixiao.schema.ValueKind;

/**
 * Re-reads a row whose cells are shifted against its header, as text extracted from merged cells
 * often is (a merged cell's continuation printed as no cell, or as an extra empty one). The score
 * is the row's last point figure and the weight the point figure before it; the non-empty cells
 * left of the weight take the header's roles left of 分值 aligned from the right, and the cells
 * between weight and score take the roles between them (评分规则, 实际完成值) likewise. Roles left
 * over (goal, level 1 and 2) are taken from the rows above by the caller, as a merged cell would be.
 */
final class RowRepair {
  private RowRepair() {}

  /**
   * Ways to re-read row {@code r}, best first: realigned on its figures, then the whole row shifted
   * by one or two columns either way (a row whose score is blank has only one figure to align on).
   * Roles shifted off the grid are dropped.
   */
  static List<HeaderRow> candidates(TableRow row, HeaderRow header) {
    List<HeaderRow> out = new ArrayList<>();
    realign(row, header).ifPresent(out::add);
    for (int delta : new int[] {1, -1, 2, -2}) {
      Map<ColumnRole, Integer> m = new EnumMap<>(ColumnRole.class);
      header.columns().forEach((role, col) -> {
        if (col + delta >= 0 && col + delta < row.cols()) {
          m.put(role, col + delta);
        }
      });
      out.add(header.remapped(row.index(), m));
    }
    return out;
  }

  static Optional<HeaderRow> realign(TableRow row, HeaderRow header) {
    Integer weightCol = header.column(ColumnRole.WEIGHT);
    Integer scoreCol = header.column(ColumnRole.SCORE);
    if (weightCol == null || scoreCol == null || scoreCol < weightCol) {
      return Optional.empty();
    }
    List<Integer> filled = new ArrayList<>();
    for (int c = 0; c < row.cols(); c++) {
      if (row.isOrigin(c) && !row.text(c).isEmpty()) {
        filled.add(c);
      }
    }
    int betweenRoles = rolesBetween(header, weightCol, scoreCol).size();
    int score = -1;
    for (int i = filled.size() - 1; i >= 0 && score < 0; i--) {
      if (row.isPoints(filled.get(i))) {
        score = i;
      }
    }
    int weight = -1;
    for (int i = score - 1; i >= 0 && i >= score - 1 - betweenRoles && weight < 0; i--) {
      if (row.isPoints(filled.get(i))) {
        weight = i;
      }
    }
    if (weight < 1) {
      return Optional.empty();
    }
    Map<ColumnRole, Integer> mapping = new EnumMap<>(ColumnRole.class);
    mapping.put(ColumnRole.WEIGHT, filled.get(weight));
    mapping.put(ColumnRole.SCORE, filled.get(score));
    if (score + 1 < filled.size() && header.has(ColumnRole.DEVIATION)) {
      mapping.put(ColumnRole.DEVIATION, filled.get(score + 1));
    }
    alignRight(mapping, rolesLeftOf(header, weightCol), filled.subList(0, weight));
    alignRight(mapping, rolesBetween(header, weightCol, scoreCol), filled.subList(weight + 1, score));
    if (!mapping.containsKey(ColumnRole.LEVEL3) && !mapping.containsKey(ColumnRole.NAME)) {
      return Optional.empty();
    }
    return Optional.of(header.remapped(row.index(), mapping));
  }

  private static void alignRight(Map<ColumnRole, Integer> mapping, List<ColumnRole> roles, List<Integer> cells) {
    int k = Math.min(cells.size(), roles.size());
    for (int i = 0; i < k; i++) {
      mapping.put(roles.get(roles.size() - k + i), cells.get(cells.size() - k + i));
    }
  }

  private static List<ColumnRole> rolesLeftOf(HeaderRow h, int col) {
    return h.columns().entrySet().stream()
        .filter(e -> e.getValue() < col && e.getKey() != ColumnRole.LEVEL1_WEIGHT)
        .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
  }

  private static List<ColumnRole> rolesBetween(HeaderRow h, int from, int to) {
    return h.columns().entrySet().stream()
        .filter(e -> e.getValue() > from && e.getValue() < to)
        .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
  }

  /** A cell that reads as a target or actual value (≤400万元, =100%, 396.47万元), not as a name. */
  static boolean looksLikeValue(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    return "≥≤<>=＞＜≧≦＝".indexOf(t.charAt(0)) >= 0 || ValueParser.parse(t).kind() == ValueKind.QUANTITY;
  }
}
