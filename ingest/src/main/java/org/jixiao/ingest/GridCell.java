package org.jixiao.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jixiao.schema.Box;
import org.jixiao.schema.OcrRead;
import org.jspecify.annotations.Nullable;

/**
 * The origin cell of a (possibly merged) table cell: top-left grid position, spans, text, and the
 * page the cell is printed on. A merged cell is one GridCell; {@link TableGrid#cellAt} returns it
 * for every slot it covers. {@code ocr} is its box and recognition confidence when it was read by OCR;
 * {@code box} its ruled box on the page, for a table found on a PDF page.
 */
public record GridCell(int row, int col, int rowSpan, int colSpan, String text, @Nullable Integer page,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable OcrRead ocr,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Box box) {
  public GridCell(int row, int col, int rowSpan, int colSpan, String text, @Nullable Integer page) {
    this(row, col, rowSpan, colSpan, text, page, null, null);
  }

  public GridCell(int row, int col, int rowSpan, int colSpan, String text, @Nullable Integer page, @Nullable OcrRead ocr) {
    this(row, col, rowSpan, colSpan, text, page, ocr, null);
  }

  public GridCell {
    if (row < 0 || col < 0 || rowSpan < 1 || colSpan < 1) {
      throw new IllegalArgumentException("bad cell " + row + "," + col + " span " + rowSpan + "x" + colSpan);
    }
  }

  public boolean covers(int r, int c) {
    return r >= row && r < row + rowSpan && c >= col && c < col + colSpan;
  }
}
