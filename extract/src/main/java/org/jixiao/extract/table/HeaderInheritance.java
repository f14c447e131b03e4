package org.jixiao.extract.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A table that starts with data rows takes the header of the indicator table before it, if that
 * header reads its rows. The columns may be off by the cells a page break added or dropped, so
 * shifted variants are tried (all columns, or the name column and those right of it) and the one
 * that reads the most rows as indicators wins; under half the rows read means "not a
 * continuation".
 */
final class HeaderInheritance {
  private HeaderInheritance() {}

  static Optional<HeaderRow> adopt(TableRows table, TableContext previous, int firstHeaderRow) {
    HeaderRow h = previous.header();
    if (h == null || firstHeaderRow == 0) {
      return Optional.empty();
    }
    List<TableRow> before = table.rows().subList(0, firstHeaderRow < 0 ? table.size() : firstHeaderRow);
    long nonBlank = before.stream().filter(r -> !r.isBlank()).count();
    HeaderRow best = null;
    long bestScore = 0;
    for (HeaderRow candidate : variants(h, table.cols() - previous.cols(), table.cols())) {
      long score = before.stream().filter(r -> r.readsAsIndicator(candidate)).count();
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best != null && bestScore * 2 >= nonBlank ? Optional.of(best) : Optional.empty();
  }

  private static List<HeaderRow> variants(HeaderRow h, int widthDelta, int cols) {
    Integer nameCol = h.nameColumn();
    Set<Integer> deltas = new LinkedHashSet<>(List.of(0, widthDelta, 1, -1));
    List<HeaderRow> out = new ArrayList<>();
    for (int delta : deltas) {
      for (int pivot : new LinkedHashSet<>(List.of(nameCol == null ? 0 : nameCol, 0))) { // shifting only the name side first
        Map<ColumnRole, Integer> m = new EnumMap<>(ColumnRole.class);
        boolean fits = true;
        for (var e : h.columns().entrySet()) {
          int c = e.getValue() >= pivot ? e.getValue() + delta : e.getValue();
          fits &= c >= 0 && c < cols;
          m.put(e.getKey(), c);
        }
        if (fits) {
          out.add(h.remapped(-1, m));
        }
      }
    }
    return out;
  }
}
