package org.jixiao.ingest.office;

/**
 * One cell of a spreadsheet as its reader found it: 0-based sheet position, merge spans (1 when not
 * merged), and the text as displayed. Positions are the sheet's own, before any trimming.
 */
public record SheetCell(int row, int col, int rowSpan, int colSpan, String text) {
  public SheetCell {
    if (row < 0 || col < 0 || rowSpan < 1 || colSpan < 1) {
      throw new IllegalArgumentException("bad sheet cell " + row + "," + col + " span " + rowSpan + "x" + colSpan);
    }
  }

  public boolean isBlank() {
    return text.isBlank();
  }

  int lastRow() {
    return row + rowSpan - 1;
  }

  int lastCol() {
    return col + colSpan - 1;
  }
}
