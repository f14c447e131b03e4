package org.jixiao.ingest;

import org.jixiao.schema.SheetRef;

/**
 * Where a workbook table's grid begins on its sheet: the 0-based sheet row and column of grid slot
 * (0, 0). Title rows above the table and empty columns to its left shift the grid, so a grid
 * position becomes an Excel address only through this.
 */
public record SheetOrigin(String sheet, int firstRow, int firstCol) {
  public SheetOrigin {
    if (sheet == null || firstRow < 0 || firstCol < 0) {
      throw new IllegalArgumentException("bad sheet origin: " + sheet + " " + firstRow + "/" + firstCol);
    }
  }

  /** The sheet cell at grid slot (row, col): (0, 0) under two title rows is "A3". */
  public SheetRef at(int row, int col) {
    return SheetRef.of(sheet, firstRow + row, firstCol + col);
  }
}
