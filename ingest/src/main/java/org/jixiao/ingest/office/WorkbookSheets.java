package org.jixiao.ingest.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.WarningCode;

/**
 * A POI workbook (XLSX or XLS) as sheet cells: every visible sheet becomes one {@link SheetLayout},
 * merged regions become spans, and each cell's text is what Excel displays (DataFormatter after
 * formula evaluation: "87.3%", not 0.873). A formula POI cannot evaluate falls back to its cached
 * result and is counted in a warning. Hidden sheets are skipped with a warning.
 */
public final class WorkbookSheets {
  private WorkbookSheets() {}

  public static void emit(Workbook wb, DocumentBuilder doc, Limits limits) throws IngestException {
    DataFormatter fmt = new DataFormatter(Locale.CHINA);
    FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
    eval.setIgnoreMissingWorkbooks(true);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      Sheet sheet = wb.getSheetAt(i);
      if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
        doc.warn(WarningCode.HIDDEN_SHEET_SKIPPED, "hidden sheet '" + sheet.getSheetName() + "' was not read", null);
        continue;
      }
      names.add(sheet.getSheetName());
      int[] fallbacks = {0};
      SheetLayout.emit(sheet.getSheetName(), cells(sheet, fmt, eval, limits, fallbacks), doc, limits);
      if (fallbacks[0] > 0) {
        doc.warn(WarningCode.FORMULA_CACHED_VALUE, "sheet '" + sheet.getSheetName() + "': " + fallbacks[0] + " formula(s) could not be evaluated; their cached results were used", null);
      }
    }
    doc.metadata("sheets", String.join("\t", names));
  }

  private static List<SheetCell> cells(Sheet sheet, DataFormatter fmt, FormulaEvaluator eval, Limits limits, int[] fallbacks) throws IngestException {
    Map<Long, CellRangeAddress> mergedAt = new HashMap<>();
    Map<Integer, List<CellRangeAddress>> mergedRows = new HashMap<>();
    List<SheetCell> out = new ArrayList<>();
    long indexed = 0;
    for (CellRangeAddress m : sheet.getMergedRegions()) {
      long rows = m.getLastRow() - m.getFirstRow() + 1L;
      long area = rows * (m.getLastColumn() - m.getFirstColumn() + 1L);
      indexed += rows;
      if (area > limits.maxCells() || indexed > limits.maxCells() || m.getFirstRow() < 0 || m.getFirstColumn() < 0) {
        throw new IngestException(FailureKind.TOO_LARGE, "sheet '" + sheet.getSheetName() + "' has merged regions over the limit of " + limits.maxCells() + " cells");
      }
      mergedAt.put(key(m.getFirstRow(), m.getFirstColumn()), m);
      for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
        mergedRows.computeIfAbsent(r, k -> new ArrayList<>()).add(m);
      }
    }
    long seen = 0;
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (++seen % 1024 == 0) {
          ReadFailures.checkInterrupted();
        }
        if (seen > limits.maxCells()) {
          throw new IngestException(FailureKind.TOO_LARGE, "sheet '" + sheet.getSheetName() + "' has more than " + limits.maxCells() + " cells");
        }
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        CellRangeAddress m = mergedAt.remove(key(r, c));
        if (m != null) {
          out.add(new SheetCell(r, c, m.getLastRow() - r + 1, m.getLastColumn() - c + 1, text(cell, fmt, eval, fallbacks)));
        } else if (cell.getCellType() != CellType.BLANK && !insideMerge(mergedRows, r, c)) {
          String t = text(cell, fmt, eval, fallbacks);
          if (!t.isBlank()) {
            out.add(new SheetCell(r, c, 1, 1, t));
          }
        }
      }
    }
    for (CellRangeAddress m : mergedAt.values()) { // merged regions whose top-left cell does not exist
      out.add(new SheetCell(m.getFirstRow(), m.getFirstColumn(), m.getLastRow() - m.getFirstRow() + 1, m.getLastColumn() - m.getFirstColumn() + 1, ""));
    }
    return out;
  }

  /** A value hidden under a merged region is not displayed, so it is not read. */
  private static boolean insideMerge(Map<Integer, List<CellRangeAddress>> mergedRows, int r, int c) {
    return mergedRows.getOrDefault(r, List.of()).stream().anyMatch(m -> m.isInRange(r, c));
  }

  private static long key(int r, int c) {
    return ((long) r << 20) | c;
  }

  static String text(Cell cell, DataFormatter fmt, FormulaEvaluator eval, int[] fallbacks) {
    String shown = displayed(cell, fmt, eval, fallbacks);
    // POI keeps the quotes of literals in date formats (yyyy"年"m"月"); Excel never shows them there
    return shown.indexOf('"') >= 0 && isDate(cell) ? shown.replace("\"", "") : shown;
  }

  private static boolean isDate(Cell cell) {
    try {
      return DateUtil.isCellDateFormatted(cell);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String displayed(Cell cell, DataFormatter fmt, FormulaEvaluator eval, int[] fallbacks) {
    if (cell.getCellType() != CellType.FORMULA) {
      return fmt.formatCellValue(cell);
    }
    try {
      return fmt.formatCellValue(cell, eval);
    } catch (RuntimeException e) { // NotImplementedException for unsupported functions, and the like
      fallbacks[0]++;
      return cached(cell, fmt);
    }
  }

  private static String cached(Cell cell, DataFormatter fmt) {
    CellStyle style = cell.getCellStyle();
    return switch (cell.getCachedFormulaResultType()) {
      case NUMERIC -> fmt.formatRawCellContents(cell.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
      default -> "";
    };
  }
}
