package org.jixiao.ingest.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.jixiao.ingest.GridBuilder;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.WarningCode;
import org.jspecify.annotations.Nullable;

/**
 * A POI workbook (XLSX or XLS) as sheet cells: every visible sheet becomes one {@link SheetLayout},
 * merged regions become spans, and each cell's text is what Excel displays (DataFormatter: "87.3%", not
 * 0.873). A formula cell reads as the result the file stores with it, as published and as a viewer shows
 * it; one whose stored result is not what the formula computes now (a total not updated after a row
 * changed) is counted in a warning naming the first, and the audit sees the published figure. A formula
 * stored without a result (a file written by a library) is evaluated; one POI cannot evaluate falls back
 * to its cached result, counted in a warning. Hidden sheets are skipped with a warning.
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
      SheetCounts counts = new SheetCounts();
      for (String line : SheetHeaderFooter.header(sheet)) {
        doc.paragraph(line, 0, null); // the page header prints above the sheet's cells
      }
      SheetLayout.emit(sheet.getSheetName(), cells(sheet, fmt, eval, limits, counts), doc, limits);
      for (String line : SheetHeaderFooter.footer(sheet)) {
        doc.paragraph(line, 0, null);
      }
      for (String box : SheetTextBoxes.of(sheet)) {
        for (String line : box.split("\n")) {
          doc.paragraph(line.strip(), 0, null);
        }
      }
      charts(sheet, doc);
      if (counts.controls > 0) {
        doc.warn(WarningCode.FORM_FIELDS_READ, "sheet '" + sheet.getSheetName() + "': " + counts.controls
            + " check box(es) and option button(s) read in the cells they stand in (☑ ticked, □ not)", null);
      }
      if (counts.struck > 0) {
        doc.warn(WarningCode.STRUCK_TEXT_DROPPED, "sheet '" + sheet.getSheetName() + "': " + counts.struck
            + " cell(s) hold text struck through, deleted in review: read without it", null);
      }
      if (counts.unevaluated > 0) {
        doc.warn(WarningCode.FORMULA_CACHED_VALUE, "sheet '" + sheet.getSheetName() + "': " + counts.unevaluated + " formula(s) could not be evaluated; their cached results were used", null);
      }
      if (counts.hidden > 0) {
        doc.warn(WarningCode.HIDDEN_CELLS_SKIPPED, "sheet '" + sheet.getSheetName() + "': " + counts.hidden
            + " value(s) in hidden rows or columns were not read (Excel neither shows nor prints them)", null);
      }
      if (counts.stale > 0) {
        doc.warn(WarningCode.FORMULA_STALE_RESULT, "sheet '" + sheet.getSheetName() + "': " + counts.stale
            + " formula(s) store a result they no longer compute (first " + counts.firstStale + "); the stored results, as published, were read", null);
      }
    }
    doc.metadata("sheets", String.join("\t", names));
  }

  /** Each chart of the sheet ({@link SheetCharts}): its title, then a table of its categories by its series. */
  private static void charts(Sheet sheet, DocumentBuilder doc) throws IngestException {
    List<SheetCharts.Chart> charts = SheetCharts.of(sheet);
    for (SheetCharts.Chart chart : charts) {
      doc.paragraph(chart.title(), 0, null);
      GridBuilder grid = new GridBuilder().withoutPages();
      grid.cell(0, 0, 1, 1, "", null);
      for (int s = 0; s < chart.series().size(); s++) {
        grid.cell(0, s + 1, 1, 1, chart.series().get(s), null);
      }
      for (int c = 0; c < chart.categories().size(); c++) {
        grid.cell(c + 1, 0, 1, 1, chart.categories().get(c), null);
        for (int s = 0; s < chart.series().size(); s++) {
          List<String> v = chart.values().get(s);
          grid.cell(c + 1, s + 1, 1, 1, c < v.size() ? v.get(c) : "", null);
        }
      }
      doc.table(grid);
    }
    if (!charts.isEmpty()) {
      doc.warn(WarningCode.CHART_DATA_READ, "sheet '" + sheet.getSheetName() + "': " + charts.size()
          + " chart(s) read as the tables of the values they draw", null);
    }
  }

  /**
   * The check boxes and option buttons over the sheet's cells ({@link SheetControls}), each added to the text of the
   * cell (or merged cell) its corner stands in, after what the cell prints.
   */
  private static void ticked(Sheet sheet, List<SheetCell> cells, SheetCounts counts) {
    for (SheetControls.Control c : SheetControls.of(sheet)) {
      int at = -1;
      for (int i = 0; i < cells.size() && at < 0; i++) {
        SheetCell s = cells.get(i);
        if (c.row() >= s.row() && c.row() < s.row() + s.rowSpan() && c.col() >= s.col() && c.col() < s.col() + s.colSpan()) {
          at = i;
        }
      }
      if (at < 0) {
        cells.add(new SheetCell(c.row(), c.col(), 1, 1, c.shown()));
      } else {
        SheetCell s = cells.get(at);
        cells.set(at, new SheetCell(s.row(), s.col(), s.rowSpan(), s.colSpan(), s.text().isBlank() ? c.shown() : s.text() + " " + c.shown()));
      }
      counts.controls++;
    }
  }

  /**
   * What reading a sheet counted: formulas that could not be evaluated, formulas storing a stale result (and the
   * first), values in hidden rows or columns.
   */
  static final class SheetCounts {
    int controls;
    int struck;
    int hidden;
    int unevaluated;
    int stale;
    String firstStale;
  }

  private static List<SheetCell> cells(Sheet sheet, DataFormatter fmt, FormulaEvaluator eval, Limits limits, SheetCounts counts) throws IngestException {
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
          out.add(new SheetCell(r, c, m.getLastRow() - r + 1, m.getLastColumn() - c + 1, text(cell, fmt, eval, counts)));
        } else if (cell.getCellType() != CellType.BLANK && !insideMerge(mergedRows, r, c)) {
          String t = text(cell, fmt, eval, counts);
          if (!t.isBlank() && (row.getZeroHeight() || sheet.isColumnHidden(c))) {
            counts.hidden++; // last year's figures, dropped indicators: kept in the file, not in what it publishes
          } else if (!t.isBlank()) {
            out.add(new SheetCell(r, c, 1, 1, t));
          }
        }
      }
    }
    for (CellRangeAddress m : mergedAt.values()) { // merged regions whose top-left cell does not exist
      out.add(new SheetCell(m.getFirstRow(), m.getFirstColumn(), m.getLastRow() - m.getFirstRow() + 1, m.getLastColumn() - m.getFirstColumn() + 1, ""));
    }
    ticked(sheet, out, counts);
    return out;
  }

  /** A value hidden under a merged region is not displayed, so it is not read. */
  private static boolean insideMerge(Map<Integer, List<CellRangeAddress>> mergedRows, int r, int c) {
    return mergedRows.getOrDefault(r, List.of()).stream().anyMatch(m -> m.isInRange(r, c));
  }

  private static long key(int r, int c) {
    return ((long) r << 20) | c;
  }

  static String text(Cell cell, DataFormatter fmt, FormulaEvaluator eval, SheetCounts counts) {
    if (cell.getCellType() == CellType.STRING) {
      String kept = StruckText.without(cell);
      if (kept != null) {
        counts.struck++;
        return kept;
      }
    }
    String shown = displayed(cell, fmt, eval, counts);
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

  private static String displayed(Cell cell, DataFormatter fmt, FormulaEvaluator eval, SheetCounts counts) {
    if (cell.getCellType() == CellType.NUMERIC && !isDate(cell)) {
      String date = YearMonthDay.shown(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString());
      if (date != null) {
        return date; // a date format POI does not take for one ("yyyy"年"m"月"d"日前"", h352)
      }
    }
    if (cell.getCellType() == CellType.NUMERIC && (literalPercent(cell.getCellStyle().getDataFormatString()) != null
        || literalPoint(cell.getCellStyle().getDataFormatString()))) {
      return number(cell.getNumericCellValue(), cell.getCellStyle(), fmt);
    }
    if (cell.getCellType() != CellType.FORMULA) {
      return fmt.formatCellValue(cell);
    }
    // read before evaluating: POI's evaluation writes its result over the stored one
    String stored = storesResult(cell) && !zeroPlaceholder(cell) ? cached(cell, fmt) : null;
    String computed;
    try {
      computed = fmt.formatCellValue(cell, eval);
    } catch (RuntimeException e) { // NotImplementedException for unsupported functions, and the like
      counts.unevaluated++;
      return stored != null ? stored : cached(cell, fmt);
    }
    if (stored == null) {
      return computed;
    }
    if (!stored.equals(computed)) {
      if (counts.stale++ == 0) {
        counts.firstStale = cell.getAddress().formatAsString() + " stores " + stored + ", computes " + computed;
      }
    }
    return stored;
  }

  /**
   * A stored numeric result of 0: what a library writing an XLS without evaluating leaves (POI, xlwt), never worth
   * more than the formula's own result; a stale published figure is hardly ever exactly 0.
   */
  private static boolean zeroPlaceholder(Cell cell) {
    return cell.getCachedFormulaResultType() == CellType.NUMERIC && cell.getNumericCellValue() == 0;
  }

  /** Whether the file stores a result with the formula (Excel always does; a library writing counts may not). */
  private static boolean storesResult(Cell cell) {
    return !(cell instanceof org.apache.poi.xssf.usermodel.XSSFCell x) || x.getCTCell().isSetV();
  }

  private static String cached(Cell cell, DataFormatter fmt) {
    CellStyle style = cell.getCellStyle();
    return switch (cell.getCachedFormulaResultType()) {
      case NUMERIC -> number(cell.getNumericCellValue(), style, fmt);
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
      default -> "";
    };
  }

  /** A number as its style shows it. */
  private static String number(double value, CellStyle style, DataFormatter fmt) {
    return number(value, style.getDataFormat(), style.getDataFormatString(), fmt);
  }

  /** A number as Excel shows it in a format (its built-in index, or -1 for a format given only as text). */
  static String number(double value, int formatIndex, String format, DataFormatter fmt) {
    Matcher point = LITERAL_POINT.matcher(format == null ? "" : format);
    if (point.matches()) {
      // "0\.0000" on 12000000 shows 1200.0000: the integer's digits with a point printed four from the right (元 shown
      // as 万元, h276); DataFormatter prints the point nowhere
      int k = point.group(2).length();
      double shown = java.math.BigDecimal.valueOf(Math.round(value)).movePointLeft(k).doubleValue();
      return fmt.formatRawCellContents(shown, -1, point.group(1) + "." + point.group(2));
    }
    String literal = literalPercent(format);
    if (literal == null) {
      return fmt.formatRawCellContents(value, formatIndex, format);
    }
    return fmt.formatRawCellContents(value, formatIndex, literal).replace(LITERAL_PERCENT, '%');
  }

  static boolean literalPoint(@Nullable String format) {
    return format != null && LITERAL_POINT.matcher(format).matches();
  }

  /** An integer format with a point printed as text among its digits ({@code 0\.0000}, {@code #,##0"."00}), one section. */
  private static final Pattern LITERAL_POINT = Pattern.compile("([#,0]*0)(?:\\\\\\.|\"\\.\")(0+)");

  /** Stands in for a "%" printed as text, which DataFormatter must not take for a percent format. */
  private static final char LITERAL_PERCENT = '\uFF05';

  /**
   * A format that prints "%" as text only ({@code 0.00"%"}, {@code 0.00\%}: WPS and hand-made sheets store 95.3 and
   * show "95.30%"), with that "%" swapped for a stand-in; null for any other format. Excel multiplies by 100 only for a
   * bare %, while POI's DataFormatter does so for a quoted one as well (9530.00%).
   */
  static @Nullable String literalPercent(@Nullable String format) {
    if (format == null || format.indexOf('%') < 0) {
      return null;
    }
    StringBuilder out = new StringBuilder(format.length());
    boolean quoted = false;
    boolean literal = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\\' && i + 1 < format.length() && format.charAt(i + 1) == '%') {
        out.append('"').append(LITERAL_PERCENT).append('"');
        literal = true;
        i++;
        continue;
      } else if (c == '%') {
        if (!quoted) {
          return null; // a real percent format
        }
        out.append(LITERAL_PERCENT);
        literal = true;
        continue;
      }
      out.append(c);
    }
    return literal ? out.toString() : null;
  }
}
