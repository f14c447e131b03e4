package org.jixiao.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.GridBuilder;

/**
 * Rebuilds vertically merged cells in a text table. Plain text cannot say that a cell spans rows:
 * the writer leaves the continuation slots empty. The rule is deliberately conservative:
 *
 * <p>An empty cell becomes part of the cell above it (that cell's row span grows) only when
 *
 * <ul>
 *   <li>every cell to its left in the same row is empty too (it is in the row's leading empty
 *       run, i.e. a label column such as 一级指标/二级指标 of a grouped indicator table),
 *   <li>some cell to its right in the same row is filled (the row is not a blank spacer), and
 *   <li>the cell above it has text.
 * </ul>
 *
 * A blank cell after the first filled cell of a row is a blank value (an empty 得分, an empty
 * 偏差原因) and stays a blank 1×1 cell. Horizontal merges are not inferred: a row shorter than the
 * table keeps its cells from the left, and the missing slots stay empty.
 */
final class SpanInference {
  private SpanInference() {}

  private static final class Cell {
    final int row;
    final int col;
    final String text;
    int rowSpan = 1;

    Cell(int row, int col, String text) {
      this.row = row;
      this.col = col;
      this.text = text;
    }
  }

  static GridBuilder grid(List<List<String>> rows) {
    int width = 0;
    for (List<String> r : rows) {
      width = Math.max(width, r.size());
    }
    List<Cell> origins = new ArrayList<>();
    Cell[] above = new Cell[width];
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      Cell[] here = new Cell[width];
      int lastFilled = -1;
      for (int c = 0; c < row.size(); c++) {
        if (!row.get(c).isEmpty()) {
          lastFilled = c;
        }
      }
      boolean leading = true;
      for (int c = 0; c < row.size(); c++) {
        String text = row.get(c);
        Cell up = above[c];
        if (leading && text.isEmpty() && c < lastFilled && up != null && !up.text.isEmpty()) {
          up.rowSpan++;
          here[c] = up;
          continue;
        }
        leading = leading && text.isEmpty();
        Cell cell = new Cell(r, c, text);
        here[c] = cell;
        if (!text.isEmpty()) {
          origins.add(cell);
        }
      }
      above = here;
    }
    GridBuilder grid = new GridBuilder();
    for (Cell c : origins) {
      grid.cell(c.row, c.col, c.rowSpan, 1, c.text, null);
    }
    return grid.ensureSize(rows.size(), width);
  }
}
