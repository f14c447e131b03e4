package org.jixiao.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.extract.draft.ReportDraft.Lifted;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.text.name.Names;

/**
 * 明细导出: a budget system's flat export, one row per indicator, each row repeating the report's own fields (单位名称,
 * 评价年度, the budget figures, 满分, 自评总分, 自评等级) beside the indicator's (h398), as an open-data JSON dataset's
 * records do (h378, whose reader lifts them itself). Columns whose every data row holds the same text, outside the run
 * of columns that vary (a 序号 column aside), are the report's fields: read as a two-column head table of their header
 * and their value, each cited in its first data row's cell, and left out of the indicator table. A column inside the run
 * that happens to hold one value on every row (分值 10 on each) stays the indicators'.
 */
public final class FlatExports {
  /** Rows a flat export repeats its fields over, at least: a short table's equal cells are no sign of one. */
  static final int MIN_ROWS = 5;
  /** Report fields lifted, at least. */
  static final int MIN_FIELDS = 3;

  private FlatExports() {}

  /** The document with each flat export's repeated fields read as a head table of their own, and how it maps back. */
  public static RewrittenTables.Result lifted(ParsedDocument doc) {
    return RewrittenTables.apply(doc, (t, tableIndex) -> constantColumns(t).map(cols -> new RewrittenTables.Rewrite(
        RewrittenTables.keeping(t, c -> !cols.contains(c.col()) || c.colSpan() > 1), head(t, cols, tableIndex), new Lifted(tableIndex, t.tableIndex(), 0, List.copyOf(cols)))));
  }

  /** The columns of a flat export's report fields, header in row 0; empty when the table is none. */
  static Optional<List<Integer>> constantColumns(TableGrid t) {
    if (t.rows() < MIN_ROWS + 1) {
      return Optional.empty();
    }
    boolean[] constant = new boolean[t.cols()];
    int firstVarying = -1;
    int lastVarying = -1;
    for (int c = 0; c < t.cols(); c++) {
      if (!t.isOrigin(0, c) || t.text(0, c).isBlank()) {
        continue;
      }
      String first = t.text(1, c).strip();
      boolean same = !first.isEmpty();
      for (int r = 1; r < t.rows() && same; r++) {
        same = t.isOrigin(r, c) && t.cellAt(r, c).rowSpan() == 1 && t.text(r, c).strip().equals(first);
      }
      constant[c] = same;
      if (!same && !Names.compact(t.text(0, c)).equals("序号")) {
        firstVarying = firstVarying < 0 ? c : firstVarying;
        lastVarying = c;
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int c = 0; c < t.cols(); c++) {
      if (constant[c] && (c < firstVarying || c > lastVarying)) {
        out.add(c);
      }
    }
    return firstVarying >= 0 && out.size() >= MIN_FIELDS ? Optional.of(out) : Optional.empty();
  }

  /** The report's fields, one row each: the column's header, its value. */
  private static TableGrid head(TableGrid t, List<Integer> cols, int tableIndex) {
    List<GridCell> cells = new ArrayList<>();
    for (int i = 0; i < cols.size(); i++) {
      cells.add(new GridCell(i, 0, 1, 1, t.text(0, cols.get(i)), t.page()));
      cells.add(new GridCell(i, 1, 1, 1, t.text(1, cols.get(i)), t.page()));
    }
    return new TableGrid(t.index(), tableIndex, cols.size(), 2, cells, t.page(), t.start(), t.end(), t.method(), null);
  }
}
