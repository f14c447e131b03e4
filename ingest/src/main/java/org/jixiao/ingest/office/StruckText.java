package org.jixiao.ingest.office;

import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.jspecify.annotations.Nullable;

/**
 * Text struck through in a cell is a deletion (h346: a form the finance bureau returned with its revisions marked, the
 * first-filed figure struck and the revised one beside it in red; a dropped indicator struck in every cell): the
 * cell's text without it, as the revised form reads.
 */
final class StruckText {
  private StruckText() {}

  /** The cell's text without its struck-through runs, or null when none of it is struck. */
  static @Nullable String without(Cell cell) {
    Workbook wb = cell.getSheet().getWorkbook();
    boolean cellStruck = wb.getFontAt(cell.getCellStyle().getFontIndex()).getStrikeout();
    RichTextString rich = cell.getRichStringCellValue();
    String s = rich.getString();
    int runs = rich.numFormattingRuns();
    if (runs == 0) {
      return cellStruck && !s.isBlank() ? "" : null;
    }
    StringBuilder kept = new StringBuilder(s.length());
    boolean any = false;
    int first = rich.getIndexOfFormattingRun(0);
    if (first > 0) {
      any |= cellStruck;
      kept.append(cellStruck ? "" : s.substring(0, first));
    }
    for (int i = 0; i < runs; i++) {
      int from = rich.getIndexOfFormattingRun(i);
      int to = i + 1 < runs ? rich.getIndexOfFormattingRun(i + 1) : s.length();
      Font font = font(rich, i, wb);
      boolean struck = font == null ? cellStruck : font.getStrikeout();
      if (struck && !s.substring(from, to).isBlank()) {
        any = true;
      } else if (!struck) {
        kept.append(s, from, to);
      }
    }
    return any ? kept.toString().strip() : null;
  }

  private static @Nullable Font font(RichTextString rich, int run, Workbook wb) {
    if (rich instanceof XSSFRichTextString x) {
      return x.getFontOfFormattingRun(run);
    }
    if (rich instanceof HSSFRichTextString h) {
      return wb.getFontAt(h.getFontOfFormattingRun(run));
    }
    return null;
  }
}
