package org.jixiao.ingest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jixiao.schema.TableMethod;
import org.jspecify.annotations.Nullable;

/**
 * A table as an R×C grid with merged cells resolved: every slot belongs to exactly one origin
 * {@link GridCell}, and spans stay in bounds (checked on construction). Slots a reader left unset
 * are filled with empty 1×1 cells, so a caller can ask for any row and column.
 */
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE, fieldVisibility = JsonAutoDetect.Visibility.NONE)
public final class TableGrid implements Block {
  private final int index;
  private final int tableIndex;
  private final int rows;
  private final int cols;
  private final List<GridCell> cells;
  private final GridCell[] slots;
  private final @Nullable Integer page;
  private final int start;
  private final int end;
  private final @Nullable TableMethod method;
  private final @Nullable SheetOrigin sheet;

  /** A table stored as a table (Word, Excel, HTML, ODF, text): no detection method. */
  public TableGrid(int index, int tableIndex, int rows, int cols, List<GridCell> origins,
      @Nullable Integer page, int start, int end) {
    this(index, tableIndex, rows, cols, origins, page, start, end, null);
  }

  /**
   * @param index block index in the document
   * @param tableIndex 0-based index among the document's tables (what a CellRef names)
   * @param method how a PDF reader found the table (lattice or stream), else null
   */
  public TableGrid(int index, int tableIndex, int rows, int cols, List<GridCell> origins,
      @Nullable Integer page, int start, int end, @Nullable TableMethod method) {
    this(index, tableIndex, rows, cols, origins, page, start, end, method, null);
  }

  /** @param sheet where a workbook table's grid begins on its sheet, else null */
  public TableGrid(int index, int tableIndex, int rows, int cols, List<GridCell> origins,
      @Nullable Integer page, int start, int end, @Nullable TableMethod method, @Nullable SheetOrigin sheet) {
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException("negative table size");
    }
    this.index = index;
    this.tableIndex = tableIndex;
    this.rows = rows;
    this.cols = cols;
    this.page = page;
    this.start = start;
    this.end = end;
    this.method = method;
    this.sheet = sheet;
    this.slots = new GridCell[rows * cols];
    List<GridCell> all = new ArrayList<>(origins.size());
    for (GridCell c : origins) {
      if (c.row() + c.rowSpan() > rows || c.col() + c.colSpan() > cols) {
        throw new IllegalArgumentException("cell " + c + " out of " + rows + "x" + cols + " grid");
      }
      for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
        for (int k = c.col(); k < c.col() + c.colSpan(); k++) {
          if (slots[r * cols + k] != null) {
            throw new IllegalArgumentException("cells overlap at " + r + "," + k + ": " + slots[r * cols + k] + " and " + c);
          }
          slots[r * cols + k] = c;
        }
      }
      all.add(c);
    }
    Integer[] rowPages = rowPages(rows, origins, page); // once per row: filling is linear in the grid
    for (int r = 0; r < rows; r++) {
      for (int k = 0; k < cols; k++) {
        if (slots[r * cols + k] == null) {
          GridCell filler = new GridCell(r, k, 1, 1, "", rowPages[r]);
          slots[r * cols + k] = filler;
          all.add(filler);
        }
      }
    }
    all.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.col(), b.col()));
    this.cells = Collections.unmodifiableList(all);
  }

  /** Per row, the page of the first origin cell on it that has one, else {@code fallback}. */
  private static @Nullable Integer[] rowPages(int rows, List<GridCell> origins, @Nullable Integer fallback) {
    Integer[] pages = new Integer[rows];
    for (GridCell c : origins) {
      if (c.page() != null && pages[c.row()] == null) {
        pages[c.row()] = c.page();
      }
    }
    for (int r = 0; r < rows; r++) {
      pages[r] = pages[r] == null ? fallback : pages[r];
    }
    return pages;
  }

  @JsonProperty("index")
  @Override
  public int index() {
    return index;
  }

  @JsonProperty("tableIndex")
  public int tableIndex() {
    return tableIndex;
  }

  @JsonProperty("rows")
  public int rows() {
    return rows;
  }

  @JsonProperty("cols")
  public int cols() {
    return cols;
  }

  /** The origin cells, in row-major order of their top-left slot. */
  @JsonProperty("cells")
  public List<GridCell> cells() {
    return cells;
  }

  /** The origin cell covering slot (row, col). */
  public GridCell cellAt(int row, int col) {
    if (row < 0 || row >= rows || col < 0 || col >= cols) {
      throw new IndexOutOfBoundsException("slot " + row + "," + col + " outside " + rows + "x" + cols);
    }
    return slots[row * cols + col];
  }

  /** The text at slot (row, col); a merged cell's text is seen from every slot it covers. */
  public String text(int row, int col) {
    return cellAt(row, col).text();
  }

  /** True when (row, col) is the top-left slot of its cell, i.e. not a continuation of a merge. */
  public boolean isOrigin(int row, int col) {
    GridCell c = cellAt(row, col);
    return c.row() == row && c.col() == col;
  }

  /** The page row {@code row} is printed on, where known. */
  public @Nullable Integer pageOfRow(int row) {
    for (int k = 0; k < cols; k++) {
      GridCell c = cellAt(row, k);
      if (c.page() != null && c.row() == row) {
        return c.page();
      }
    }
    return cols > 0 ? cellAt(row, 0).page() : page;
  }

  @JsonProperty("page")
  @Override
  public @Nullable Integer page() {
    return page;
  }

  @JsonProperty("start")
  @Override
  public int start() {
    return start;
  }

  @JsonProperty("end")
  @Override
  public int end() {
    return end;
  }

  /** How a PDF table was found (lattice or stream); null for every other format. */
  @JsonProperty("method")
  public @Nullable TableMethod method() {
    return method;
  }

  /** Where a workbook table begins on its sheet; null for every other format. */
  @JsonProperty("sheet")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public @Nullable SheetOrigin sheet() {
    return sheet;
  }

  /** Whether no cell of {@code row} holds text. */
  public boolean blankRow(int row) {
    for (int c = 0; c < cols; c++) {
      if (!text(row, c).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Row {@code row} as the text of each column slot. */
  public List<String> rowTexts(int row) {
    List<String> out = new ArrayList<>(cols);
    for (int k = 0; k < cols; k++) {
      out.add(text(row, k));
    }
    return out;
  }

  @Override
  public String toString() {
    return "TableGrid[" + tableIndex + ": " + rows + "x" + cols + ", page " + page + (method == null ? "" : ", " + method) + "]";
  }
}
