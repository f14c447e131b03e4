package org.jixiao.extract.table;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.TableGrid;

/**
 * A table read once: each cell's text parsed once (a merged cell once for all the slots it
 * covers), each row classified as a header or not once, and every slot's place. The readers of
 * budget lines, indicator rows, subtotals and totals all work on this.
 */
record TableRows(int tableIndex, int cols, List<TableRow> rows) {
  TableRows {
    rows = List.copyOf(rows);
  }

  static TableRows read(TableGrid grid, ReportDraft draft, HeaderClassifier classifier) {
    Map<GridCell, CellValue> values = new IdentityHashMap<>();
    List<TableRow> rows = new ArrayList<>(grid.rows());
    for (int r = 0; r < grid.rows(); r++) {
      Integer page = grid.pageOfRow(r);
      List<TableRow.Slot> slots = new ArrayList<>(grid.cols());
      for (int c = 0; c < grid.cols(); c++) {
        GridCell cell = grid.cellAt(r, c);
        CellValue value = values.computeIfAbsent(cell, g -> CellValue.read(g.text()));
        slots.add(new TableRow.Slot(cell, value, draft.cell(page, grid.tableIndex(), r, c)));
      }
      rows.add(new TableRow(r, slots, classifier.classify(grid, r).orElse(null)));
    }
    return new TableRows(grid.tableIndex(), grid.cols(), rows);
  }

  TableRow row(int r) {
    return rows.get(r);
  }

  int size() {
    return rows.size();
  }

  /** The first header row, or -1 when the table has none. */
  int firstHeader() {
    for (TableRow row : rows) {
      if (row.header() != null) {
        return row.index();
      }
    }
    return -1;
  }
}
