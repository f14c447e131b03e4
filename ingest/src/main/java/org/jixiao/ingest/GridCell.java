package org.jixiao.ingest;

import org.jspecify.annotations.Nullable;

/**
 * The origin cell of a (possibly merged) table cell: top-left grid position, spans, text, and the
 * page the cell is printed on. A merged cell is one GridCell; {@link TableGrid#cellAt} returns it
 * for every slot it covers.
 */
public record GridCell(int row, int col, int rowSpan, int colSpan, String text, @Nullable Integer page) {
  public GridCell {
    if (row < 0 || col < 0 || rowSpan < 1 || colSpan < 1) {
      throw new IllegalArgumentException("bad cell " + row + "," + col + " span " + rowSpan + "x" + colSpan);
    }
  }

  public boolean covers(int r, int c) {
    return r >= row && r < row + rowSpan && c >= col && c < col + colSpan;
  }
}
