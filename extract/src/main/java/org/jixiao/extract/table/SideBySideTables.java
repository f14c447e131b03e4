package org.jixiao.extract.table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.extract.draft.ReportDraft.Beside;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.text.number.Numbers;

/**
 * Two tables printed side by side and read as one: a platform's page sets its 预算执行情况 (项目 | 年初预算数 | 全年预算数 |
 * 全年执行数 | 执行率) beside its 一级指标得分 (一级指标 | 分值 | 得分), and a reader of borderless columns takes the two for one
 * grid (h420), whose rows would then pair 合计 with 预算执行's 10 | 9.57. The right-hand table is read as a grid of its
 * own, the left one stays: where the header row names an indicator level or name (一级指标, 指标名称) further right,
 * after a column of figures, while no column before it names an indicator role at all, and the right-hand part has a
 * 分值 or 得分. Weights printed beside each level (一级指标 | 分值 | 二级指标 | 分值 …) are one table: there the left
 * part names a level too.
 */
public final class SideBySideTables {
  private static final Set<ColumnRole> NAMES = EnumSet.of(ColumnRole.LEVEL1, ColumnRole.LEVEL2, ColumnRole.LEVEL3, ColumnRole.NAME);
  /** Data rows the left table has, at least, and the share of a figure column's filled cells that are figures. */
  private static final int MIN_ROWS = 2;
  private static final double FIGURES = 0.67;

  private final HeaderClassifier headers;

  public SideBySideTables(HeaderClassifier headers) {
    this.headers = headers;
  }

  /** The document with each right-hand table of a side-by-side pair read as a grid of its own, and how it maps back. */
  public RewrittenTables.Result split(ParsedDocument doc) {
    return RewrittenTables.apply(doc, (t, tableIndex) -> splitColumn(t, headers).map(s -> new RewrittenTables.Rewrite(
        RewrittenTables.keeping(t, c -> c.col() < s), right(t, s, tableIndex), new Beside(tableIndex, t.tableIndex(), s))));
  }

  /** The first column of the right-hand table, header in row 0; empty when the table is one. */
  static Optional<Integer> splitColumn(TableGrid t, HeaderClassifier headers) {
    if (t.rows() < MIN_ROWS + 1 || t.cols() < 5) {
      return Optional.empty();
    }
    for (GridCell c : t.cells()) {
      if (c.row() == 0 && c.colSpan() > 1) {
        return Optional.empty(); // a title or a grouped header across the columns: one table
      }
    }
    if (headers.roleOf(t.text(0, 0)).isPresent()) {
      return Optional.empty();
    }
    boolean figures = false;
    for (int s = 1; s < t.cols() - 1; s++) {
      Optional<ColumnRole> role = t.isOrigin(0, s) ? headers.roleOf(t.text(0, s)) : Optional.empty();
      if (role.isPresent() && NAMES.contains(role.get())) {
        return s >= 2 && figures && scored(t, s, headers) && !crossed(t, s) ? Optional.of(s) : Optional.empty();
      }
      if (role.isPresent() || t.text(0, s).isBlank()) {
        return Optional.empty();
      }
      figures |= figureColumn(t, s);
    }
    return Optional.empty();
  }

  /** Whether the header right of {@code s} names a 分值 or 得分. */
  private static boolean scored(TableGrid t, int s, HeaderClassifier headers) {
    for (int c = s + 1; c < t.cols(); c++) {
      Optional<ColumnRole> role = t.isOrigin(0, c) ? headers.roleOf(t.text(0, c)) : Optional.empty();
      if (role.isPresent() && (role.get() == ColumnRole.WEIGHT || role.get() == ColumnRole.SCORE)) {
        return true;
      }
    }
    return false;
  }

  /** Whether most filled cells under the header of column {@code c} are figures, over {@value #MIN_ROWS} rows or more. */
  private static boolean figureColumn(TableGrid t, int c) {
    int filled = 0;
    int figures = 0;
    for (int r = 1; r < t.rows(); r++) {
      String text = t.isOrigin(r, c) ? t.text(r, c).strip() : "";
      if (!text.isEmpty()) {
        filled++;
        figures += Numbers.isFigure(text) ? 1 : 0;
      }
    }
    return figures >= MIN_ROWS && figures >= FIGURES * filled;
  }

  /** Whether a cell spans both sides of column {@code s}. */
  private static boolean crossed(TableGrid t, int s) {
    return t.cells().stream().anyMatch(c -> c.col() < s && c.col() + c.colSpan() > s);
  }

  /** The columns from {@code s} on, as a grid of their own. */
  private static TableGrid right(TableGrid t, int s, int tableIndex) {
    List<GridCell> cells = new ArrayList<>();
    for (GridCell c : t.cells()) {
      if (c.col() >= s) {
        cells.add(new GridCell(c.row(), c.col() - s, c.rowSpan(), c.colSpan(), c.text(), c.page(), c.ocr(), c.box()));
      }
    }
    return new TableGrid(t.index(), tableIndex, t.rows(), t.cols() - s, cells, t.page(), t.start(), t.end(), t.method(), null);
  }
}
