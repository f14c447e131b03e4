package org.jixiao.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.schema.Box;
import org.jixiao.schema.OcrRead;
import org.jixiao.schema.TableMethod;
import org.jspecify.annotations.Nullable;

/**
 * Collects the origin cells of one table as a reader finds them. Grid size grows to fit the cells;
 * overlapping or out-of-range cells are rejected when the {@link TableGrid} is built.
 */
public final class GridBuilder {
  private final List<GridCell> origins = new ArrayList<>();
  private int rows;
  private int cols;
  private @Nullable Integer page;
  private @Nullable TableMethod method;
  private @Nullable SheetOrigin sheet;

  /** Adds the origin cell of a (possibly merged) cell. Text is stripped; inner line breaks kept. */
  public GridBuilder cell(int row, int col, int rowSpan, int colSpan, String text, @Nullable Integer cellPage) {
    return cell(row, col, rowSpan, colSpan, text, cellPage, null);
  }

  /** Adds the origin cell of a cell read by OCR, with its box and confidence. */
  public GridBuilder cell(int row, int col, int rowSpan, int colSpan, String text, @Nullable Integer cellPage,
      @Nullable OcrRead ocr) {
    return cell(row, col, rowSpan, colSpan, text, cellPage, ocr, null);
  }

  /** Adds the origin cell of a cell found on a PDF page, with its ruled box there (and its OCR reading, if any). */
  public GridBuilder cell(int row, int col, int rowSpan, int colSpan, String text, @Nullable Integer cellPage,
      @Nullable OcrRead ocr, @Nullable Box box) {
    origins.add(new GridCell(row, col, rowSpan, colSpan, text.strip(), cellPage, ocr, box));
    rows = Math.max(rows, row + rowSpan);
    cols = Math.max(cols, col + colSpan);
    if (page == null) {
      page = cellPage;
    }
    return this;
  }

  /**
   * The grid of a picture inside a document without pages (a Word file): its cells keep their OCR readings, but the
   * page and the box they had on the picture mean nothing in the document.
   */
  public GridBuilder withoutPages() {
    origins.replaceAll(c -> new GridCell(c.row(), c.col(), c.rowSpan(), c.colSpan(), c.text(), null, c.ocr(), null));
    page = null;
    return this;
  }

  /** Forces the grid to at least this size (trailing empty rows or columns). */
  public GridBuilder ensureSize(int minRows, int minCols) {
    rows = Math.max(rows, minRows);
    cols = Math.max(cols, minCols);
    return this;
  }

  public GridBuilder page(@Nullable Integer firstPage) {
    this.page = firstPage;
    return this;
  }

  /** How a PDF reader found the table; formats that store tables as tables leave it null. */
  public GridBuilder method(TableMethod how) {
    this.method = how;
    return this;
  }

  public @Nullable TableMethod method() {
    return method;
  }

  /** Where the grid stands on its workbook sheet; other formats leave it null. */
  public GridBuilder sheet(SheetOrigin origin) {
    this.sheet = origin;
    return this;
  }

  public @Nullable SheetOrigin sheet() {
    return sheet;
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public @Nullable Integer page() {
    return page;
  }

  public List<GridCell> origins() {
    return List.copyOf(origins);
  }
}
