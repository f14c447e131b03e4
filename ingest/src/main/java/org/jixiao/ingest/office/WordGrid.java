package org.jixiao.ingest.office;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.ingest.GridBuilder;

/**
 * Resolves a word-processor table, given row by row as cells with a grid column, a column span and
 * a vertical-merge mark (Word's vMerge restart/continue, HWPF's vertically merged flags), into
 * merged {@link org.jixiao.ingest.GridCell}s. Malformed input never makes overlapping cells: a
 * cell that would land on a slot already taken is moved right, and a "continue" with nothing
 * above to continue starts a cell of its own; both are counted in {@link #repairs()}.
 */
public final class WordGrid {
  /** How a cell takes part in a vertical merge. */
  public enum VMerge {
    NONE,
    RESTART,
    CONTINUE
  }

  private static final class Origin {
    final int row;
    final int col;
    int rowSpan = 1;
    final int colSpan;
    final StringBuilder text;

    Origin(int row, int col, int colSpan, String text) {
      this.row = row;
      this.col = col;
      this.colSpan = colSpan;
      this.text = new StringBuilder(text);
    }
  }

  private final List<Origin> origins = new ArrayList<>();
  private final Map<Integer, Origin> lastInColumn = new HashMap<>();
  private final List<BitSet> taken = new ArrayList<>();
  private int row = -1;
  private int nextCol;
  private int repairs;
  private int cols;

  /** Starts the next row; {@code skipCols} leading grid columns are left empty (Word's gridBefore). */
  public WordGrid startRow(int skipCols) {
    row++;
    if (taken.size() <= row) {
      taken.add(new BitSet());
    }
    nextCol = Math.max(0, skipCols);
    return this;
  }

  /** Adds the next cell of the current row at the next free grid column. */
  public WordGrid cell(int colSpan, VMerge vmerge, String text) {
    return cellAt(nextCol, colSpan, vmerge, text);
  }

  /** Adds a cell of the current row at grid column {@code col} (or the next free one). */
  public WordGrid cellAt(int col, int colSpan, VMerge vmerge, String text) {
    if (row < 0) {
      startRow(0);
    }
    int span = Math.max(1, colSpan);
    BitSet here = taken.get(row);
    int c = Math.max(col, 0);
    if (vmerge == VMerge.CONTINUE) {
      Origin above = lastInColumn.get(c);
      if (above != null && above.colSpan == span && above.row + above.rowSpan == row && here.get(c, c + span).isEmpty()) {
        above.rowSpan++;
        if (!text.isBlank()) {
          above.text.append(above.text.isEmpty() ? "" : "\n").append(text.strip());
        }
        here.set(c, c + span);
        nextCol = c + span;
        return this;
      }
      if (above == null || above.row + above.rowSpan != row) {
        repairs++;
      }
    }
    while (!here.get(c, c + span).isEmpty()) {
      c++;
      repairs++;
    }
    Origin o = new Origin(row, c, span, text);
    origins.add(o);
    for (int k = c; k < c + span; k++) {
      lastInColumn.remove(k);
    }
    lastInColumn.put(c, o);
    here.set(c, c + span);
    nextCol = c + span;
    cols = Math.max(cols, nextCol);
    return this;
  }

  /** Widens the last cell of the current row by {@code extraCols} columns (legacy horizontal merge). */
  public WordGrid extendLast(int extraCols) {
    int extra = Math.max(1, extraCols);
    if (origins.isEmpty() || origins.getLast().row != row || origins.getLast().rowSpan > 1) {
      repairs++;
      return this;
    }
    Origin last = origins.getLast();
    BitSet here = taken.get(row);
    int end = last.col + last.colSpan;
    if (!here.get(end, end + extra).isEmpty()) {
      repairs++;
      return this;
    }
    Origin wider = new Origin(last.row, last.col, last.colSpan + extra, last.text.toString());
    origins.set(origins.size() - 1, wider);
    lastInColumn.put(last.col, wider);
    here.set(end, end + extra);
    nextCol = end + extra;
    cols = Math.max(cols, nextCol);
    return this;
  }

  public int rows() {
    return row + 1;
  }

  /** Cells moved or started anew because the table's markup was inconsistent. */
  public int repairs() {
    return repairs;
  }

  /** The grid, every row padded to the widest row. */
  public GridBuilder toGrid() {
    GridBuilder g = new GridBuilder();
    for (Origin o : origins) {
      g.cell(o.row, o.col, o.rowSpan, o.colSpan, o.text.toString(), null);
    }
    return g.ensureSize(rows(), cols);
  }
}
