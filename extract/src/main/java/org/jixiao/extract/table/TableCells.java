package org.jixiao.extract.table;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.name.Names;
import org.jixiao.ingest.TableGrid;
import org.jspecify.annotations.Nullable;

/** Reading one row of a grid: texts, and weights and scores as numbers ("2分" → 2). */
final class TableCells {
  private static final Pattern POINTS = Pattern.compile("\\s*分\\s*$");
  private static final Pattern NOT_STATED = Pattern.compile("^[-—–/／\\\\无]*$");

  private TableCells() {}

  static String text(TableGrid grid, int row, @Nullable Integer col) {
    return col == null ? "" : grid.text(row, col).strip();
  }

  /** The cleaned text, or null when blank or a placeholder such as "/" or "-". */
  static @Nullable String value(TableGrid grid, int row, @Nullable Integer col) {
    String t = Names.clean(text(grid, row, col));
    return t == null || NOT_STATED.matcher(t).matches() ? null : t;
  }

  /** A weight or score cell: its number, or its raw text when it is not one ({@code value} null). */
  record NumberCell(@Nullable BigDecimal value, @Nullable String raw) {
    boolean unparsed() {
      return value == null && raw != null;
    }
  }

  static NumberCell number(TableGrid grid, int row, @Nullable Integer col) {
    String t = value(grid, row, col);
    if (t == null) {
      return new NumberCell(null, null);
    }
    Optional<BigDecimal> n = Numbers.parse(POINTS.matcher(t).replaceAll(""));
    return new NumberCell(n.orElse(null), t);
  }

  /** A weight cell; "5%" is 5 points where the 权重 column states weights as shares of 100. */
  static NumberCell weight(TableGrid grid, int row, @Nullable Integer col, boolean percentWeights) {
    NumberCell n = number(grid, row, col);
    if (n.unparsed() && percentWeights) {
      Optional<BigDecimal> share = Numbers.parsePercent(n.raw()).filter(v -> v.signum() >= 0);
      if (share.isPresent()) {
        return new NumberCell(share.get(), n.raw());
      }
    }
    return n;
  }

  static boolean isNumeric(String text) {
    return Numbers.isFigure(text);
  }

}
