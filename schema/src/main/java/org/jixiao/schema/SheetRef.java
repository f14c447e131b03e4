package org.jixiao.schema;

/**
 * Where a workbook cell stands as Excel names it: the sheet and the A1 address of the cell's top-left
 * ({@code "C62"}), so a person can go to it; the grid coordinates of {@link CellRef} stay for programs.
 */
public record SheetRef(String name, String cell) {
  public SheetRef {
    if (name == null || cell == null || !cell.matches("[A-Z]+[1-9][0-9]*")) {
      throw new IllegalArgumentException("not a sheet cell: " + name + "!" + cell);
    }
  }

  /** The A1 address of a 0-based sheet row and column: (61, 2) → "C62". */
  public static SheetRef of(String sheet, int row, int col) {
    if (row < 0 || col < 0) {
      throw new IllegalArgumentException("negative sheet coordinate: " + row + "/" + col);
    }
    StringBuilder letters = new StringBuilder();
    for (int c = col + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return new SheetRef(sheet, letters + String.valueOf(row + 1));
  }
}
