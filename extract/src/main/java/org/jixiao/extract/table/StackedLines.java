package org.jixiao.extract.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.extract.draft.ReportDraft.Stacked;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.text.number.Numbers;

/**
 * A table whose rows stack several indicators in each cell, one line each (Enter pressed inside the cells, one printed
 * row per 二级: "农村公路日常养护里程↵路面病害处治面积↵…" beside "8↵6↵6↵6" under 分值 and "8↵6↵6↵4.5" under 得分, h392):
 * read one indicator a line. A row is stacked when at least {@link #MIN_COLUMNS} of its cells hold the same number of
 * lines, at least two of them a figure on every line (a name wrapped by hand over two lines beside single figures is
 * one indicator). Cells with another number of lines (the 一级 and 二级, a remark) span the row's lines, as a merged
 * cell would; every value is cited in its printed cell.
 */
public final class StackedLines {
  /** Cells of a stacked row that hold its lines: a name, and at least two columns of figures. */
  static final int MIN_COLUMNS = 3;
  private static final int MIN_FIGURES = 2;

  private StackedLines() {}

  /** The document with each table that has stacked rows read one line a row, and how those grids map back. */
  public static RewrittenTables.Result split(ParsedDocument doc) {
    return RewrittenTables.apply(doc, (t, tableIndex) -> stacked(t).map(lines -> {
      List<Integer> printedRows = new ArrayList<>();
      for (int r = 0; r < t.rows(); r++) {
        for (int i = 0; i < lines[r]; i++) {
          printedRows.add(r);
        }
      }
      return new RewrittenTables.Rewrite(RewrittenTables.keeping(t, c -> false), split(t, lines, tableIndex, printedRows.size()),
          new Stacked(tableIndex, t.tableIndex(), List.copyOf(printedRows)));
    }));
  }

  /** How many lines each printed row is read as (1 where it is not stacked); empty when no row is. */
  static Optional<int[]> stacked(TableGrid t) {
    int[] lines = new int[t.rows()];
    boolean any = false;
    for (int r = 0; r < t.rows(); r++) {
      lines[r] = 1;
      Map<Integer, int[]> byCount = new HashMap<>(); // line count -> {cells, cells a figure on every line}
      for (int c = 0; c < t.cols(); c++) {
        GridCell cell = t.cellAt(r, c);
        if (cell.row() != r || cell.col() != c || cell.rowSpan() != 1) {
          continue;
        }
        List<String> ls = lines(cell.text());
        if (ls.size() >= 2) {
          int[] n = byCount.computeIfAbsent(ls.size(), k -> new int[2]);
          n[0]++;
          n[1] += ls.stream().allMatch(l -> Numbers.parsePoints(l).isPresent()) ? 1 : 0;
        }
      }
      for (Map.Entry<Integer, int[]> e : byCount.entrySet()) {
        if (e.getValue()[0] >= MIN_COLUMNS && e.getValue()[1] >= MIN_FIGURES && e.getValue()[0] > e.getValue()[1]) {
          lines[r] = e.getKey();
          any = true;
        }
      }
    }
    return any ? Optional.of(lines) : Optional.empty();
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String l : text.split("\n")) {
      if (!l.isBlank()) {
        out.add(l.strip());
      }
    }
    return out;
  }

  private static TableGrid split(TableGrid t, int[] lines, int tableIndex, int rows) {
    int[] first = new int[t.rows() + 1];
    for (int r = 0; r < t.rows(); r++) {
      first[r + 1] = first[r] + lines[r];
    }
    List<GridCell> cells = new ArrayList<>();
    for (GridCell c : t.cells()) {
      if (c.text().isBlank()) {
        continue;
      }
      List<String> ls = lines(c.text());
      int k = lines[c.row()];
      if (c.rowSpan() == 1 && k > 1 && ls.size() == k) {
        for (int i = 0; i < k; i++) {
          cells.add(new GridCell(first[c.row()] + i, c.col(), 1, c.colSpan(), ls.get(i), c.page()));
        }
      } else {
        int from = first[c.row()];
        cells.add(new GridCell(from, c.col(), first[c.row() + c.rowSpan()] - from, c.colSpan(), c.text(), c.page()));
      }
    }
    return new TableGrid(t.index(), tableIndex, rows, t.cols(), cells, t.page(), t.start(), t.end(), t.method(), null);
  }
}
