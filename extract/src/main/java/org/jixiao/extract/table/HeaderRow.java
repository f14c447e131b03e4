package org.jixiao.extract.table;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A recognised header row: which column holds which role. */
public record HeaderRow(int row, Map<ColumnRole, Integer> columns) {
  public HeaderRow {
    columns = Map.copyOf(columns);
  }

  public @Nullable Integer column(ColumnRole role) {
    return columns.get(role);
  }

  public boolean has(ColumnRole role) {
    return columns.containsKey(role);
  }

  /** A table of indicator rows (三级指标 or 指标名称), as opposed to a table of subtotals. */
  public boolean isIndicatorTable() {
    return has(ColumnRole.LEVEL3) || has(ColumnRole.NAME);
  }

  /** Same column layout as {@code other}: a header repeated at a page break. */
  public boolean sameLayout(HeaderRow other) {
    return columns.equals(other.columns);
  }
}
