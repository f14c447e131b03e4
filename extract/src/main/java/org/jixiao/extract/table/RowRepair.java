package org.jixiao.extract.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.ingest.TableGrid;

/**
 * Re-reads a row whose cells are shifted against its header, as text extracted from merged cells
 * often is (a merged cell's continuation printed as no cell, or as an extra empty one). The row's
 * weight and score are its rightmost pair of adjacent numbers; the non-empty cells left of them are
 * the name-and-value roles of the header, aligned from the right; roles left over (goal, level 1
 * and 2) are taken from the rows above by the caller, as a merged cell would be.
 */
final class RowRepair {
  private static final Set<ColumnRole> LEFT_ROLES = EnumSet.of(ColumnRole.GOAL, ColumnRole.CODE, ColumnRole.LEVEL1,
      ColumnRole.LEVEL2, ColumnRole.LEVEL3, ColumnRole.NAME, ColumnRole.TARGET, ColumnRole.ACTUAL);

  private RowRepair() {}

  static Optional<HeaderRow> realign(TableGrid grid, int r, HeaderRow header) {
    Integer weightCol = header.column(ColumnRole.WEIGHT);
    Integer scoreCol = header.column(ColumnRole.SCORE);
    if (weightCol == null || scoreCol == null || scoreCol != weightCol + 1) {
      return Optional.empty(); // only the common layout: … | 分值 | 得分 | …
    }
    List<Integer> filled = new ArrayList<>();
    for (int c = 0; c < grid.cols(); c++) {
      if (grid.cellAt(r, c).row() == r && grid.cellAt(r, c).col() == c && !grid.text(r, c).isBlank()) {
        filled.add(c);
      }
    }
    int pair = -1;
    for (int i = filled.size() - 2; i >= 0; i--) {
      if (isPoints(grid.text(r, filled.get(i))) && isPoints(grid.text(r, filled.get(i + 1)))) {
        pair = i;
        break;
      }
    }
    if (pair < 1) {
      return Optional.empty();
    }
    Map<ColumnRole, Integer> mapping = new EnumMap<>(ColumnRole.class);
    mapping.put(ColumnRole.WEIGHT, filled.get(pair));
    mapping.put(ColumnRole.SCORE, filled.get(pair + 1));
    if (pair + 2 < filled.size() && header.has(ColumnRole.DEVIATION)) {
      mapping.put(ColumnRole.DEVIATION, filled.get(pair + 2));
    }
    List<ColumnRole> roles = header.columns().entrySet().stream()
        .filter(e -> LEFT_ROLES.contains(e.getKey()) && e.getValue() < weightCol)
        .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    List<Integer> left = filled.subList(0, pair);
    int k = Math.min(left.size(), roles.size());
    for (int i = 0; i < k; i++) {
      mapping.put(roles.get(roles.size() - k + i), left.get(left.size() - k + i));
    }
    if (!mapping.containsKey(ColumnRole.LEVEL3) && !mapping.containsKey(ColumnRole.NAME)) {
      return Optional.empty();
    }
    return Optional.of(new HeaderRow(r, mapping));
  }

  /** A cell that reads as a target or actual value (≤400万元, =100%, 396.47万元), not as a name. */
  static boolean looksLikeValue(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(0);
    return "≥≤<>=＞＜≧≦＝".indexOf(c) >= 0
        || org.jixiao.extract.number.ValueParser.parse(t).kind() == org.jixiao.schema.ValueKind.QUANTITY;
  }

  static boolean isPoints(String text) {
    String t = text.strip().replaceAll("分$", "");
    return !t.isEmpty() && !t.contains("%") && TableCells.isNumeric(t);
  }
}
