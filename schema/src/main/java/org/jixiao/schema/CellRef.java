package org.jixiao.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A table cell: {@code table} is the 0-based index of the table among the document's tables, row
 * and column are 0-based grid positions (merged cells resolved).
 *
 * @param tableMethod how the table was found in a PDF (lattice or stream), null for formats whose
 *     tables are stored as tables
 * @param ocr where and how confidently the cell was recognized, for a table read by OCR; else null
 *     (and absent from the JSON)
 * @param box the cell's ruled box on its PDF page, for a table found on a page; else null (and absent)
 * @param sheet the sheet and A1 address, for a cell of a workbook; else null (and absent)
 */
public record CellRef(
    String file, @Nullable Integer page, int table, int row, int col, @Nullable TableMethod tableMethod,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable OcrRead ocr,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Box box,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable SheetRef sheet)
    implements SourceRef {
  public CellRef {
    if (table < 0 || row < 0 || col < 0) {
      throw new IllegalArgumentException("negative cell coordinate: " + table + "/" + row + "/" + col);
    }
  }

  /** A cell that is not in a workbook. */
  public CellRef(String file, @Nullable Integer page, int table, int row, int col, @Nullable TableMethod tableMethod,
      @Nullable OcrRead ocr, @Nullable Box box) {
    this(file, page, table, row, col, tableMethod, ocr, box, null);
  }

  /** A cell with no box on a page. */
  public CellRef(String file, @Nullable Integer page, int table, int row, int col, @Nullable TableMethod tableMethod,
      @Nullable OcrRead ocr) {
    this(file, page, table, row, col, tableMethod, ocr, null, null);
  }

  /** A cell not read by OCR. */
  public CellRef(String file, @Nullable Integer page, int table, int row, int col, @Nullable TableMethod tableMethod) {
    this(file, page, table, row, col, tableMethod, null, null, null);
  }

  /** A cell of a table that was not recovered from a PDF page. */
  public CellRef(String file, @Nullable Integer page, int table, int row, int col) {
    this(file, page, table, row, col, null, null, null, null);
  }
}
