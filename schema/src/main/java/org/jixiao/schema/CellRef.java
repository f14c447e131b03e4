package org.jixiao.schema;

import org.jspecify.annotations.Nullable;

/**
 * A table cell: {@code table} is the 0-based index of the table among the document's tables, row
 * and column are 0-based grid positions (merged cells resolved).
 */
public record CellRef(String file, @Nullable Integer page, int table, int row, int col)
    implements SourceRef {
  public CellRef {
    if (table < 0 || row < 0 || col < 0) {
      throw new IllegalArgumentException("negative cell coordinate: " + table + "/" + row + "/" + col);
    }
  }
}
