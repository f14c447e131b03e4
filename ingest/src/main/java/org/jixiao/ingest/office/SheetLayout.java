package org.jixiao.ingest.office;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.GridBuilder;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.SheetOrigin;
import org.jixiao.ingest.text.TextReader;
import org.jixiao.schema.WarningCode;

/**
 * Lays one spreadsheet out as the neutral model: title rows above the table (a row whose only
 * non-empty cell is, say, "整体支出绩效自评表" merged across the sheet) become paragraphs, the rest
 * becomes one grid trimmed of the fully empty rows and columns around it. Shared by the XLSX, XLS
 * and ODS readers so all spreadsheets read the same way.
 *
 * A sheet that is one column of text lines with tab-separated tables in them is read as text ({@link TextReader#lay}).
 *
 * <p>Tables side by side with an empty column between them are read as tables of their own; several tables one
 * under another, separated by empty rows, stay one grid.
 */
public final class SheetLayout {
  private SheetLayout() {}

  /**
   * Emits the sheet's blocks into {@code doc}. {@code cells} holds every non-empty cell and every
   * merged cell (empty ones too); cells overlapping an earlier one are skipped with a warning.
   */
  public static void emit(String sheetName, List<SheetCell> cells, DocumentBuilder doc, Limits limits) throws IngestException {
    List<SheetCell> filled = cells.stream().filter(c -> !c.isBlank()).sorted(Comparator.comparingInt(SheetCell::row).thenComparingInt(SheetCell::col)).toList();
    if (filled.isEmpty()) {
      return;
    }
    if (isTextDump(filled)) {
      TextReader.lay(lines(filled), doc);
      return;
    }
    int top = filled.stream().mapToInt(SheetCell::row).min().orElseThrow();
    int bottom = filled.stream().mapToInt(SheetCell::lastRow).max().orElseThrow();
    int left = filled.stream().mapToInt(SheetCell::col).min().orElseThrow();
    int right = filled.stream().mapToInt(SheetCell::lastCol).max().orElseThrow();
    long area = (long) (bottom - top + 1) * (right - left + 1);
    if (area > limits.maxCells()) {
      throw new IngestException(FailureKind.TOO_LARGE, "sheet '" + sheetName + "' spans " + area + " cells, over the limit of " + limits.maxCells());
    }
    List<SheetCell> titles = titleCells(filled, top, bottom, right - left + 1);
    for (SheetCell t : titles) {
      doc.paragraph(t.text(), 0, null);
    }
    int afterTitles = titles.isEmpty() ? top : titles.getLast().lastRow() + 1;
    List<SheetCell> body = filled.stream().filter(c -> c.lastRow() >= afterTitles).toList();
    if (body.isEmpty()) {
      return;
    }
    int tableTop = body.stream().mapToInt(c -> Math.max(c.row(), afterTitles)).min().orElseThrow();
    int l = body.stream().mapToInt(SheetCell::col).min().orElseThrow();
    int r = body.stream().mapToInt(SheetCell::lastCol).max().orElseThrow();
    List<int[]> blocks = sideBySide(body, l, r);
    if (blocks.size() > 1) {
      doc.warn(WarningCode.TABLES_SIDE_BY_SIDE, "sheet '" + sheetName + "': " + blocks.size()
          + " tables side by side, an empty column between them, read as " + blocks.size() + " tables", null);
    }
    for (int[] b : blocks) {
      int bt = body.stream().filter(c -> c.col() >= b[0] && c.lastCol() <= b[1]).mapToInt(c -> Math.max(c.row(), afterTitles)).min().orElse(tableTop);
      doc.table(grid(sheetName, cells, bt, bottom, b[0], b[1], doc).sheet(new SheetOrigin(sheetName, bt, b[0])));
    }
  }

  /** A table side by side with another needs this many columns and this many rows of two or more cells. */
  private static final int MIN_SIDE = 3;

  /**
   * The column ranges of tables set side by side on the sheet (two years' forms compared, h206): cut at a column no
   * cell touches, where each side is a table of its own ({@value #MIN_SIDE} or more columns, as many rows holding two
   * cells or more). One range, the whole body, otherwise: a narrow empty spacer column inside a table cuts nothing.
   */
  private static List<int[]> sideBySide(List<SheetCell> body, int l, int r) {
    BitSet touched = new BitSet();
    for (SheetCell c : body) {
      // a note or a total line across the whole width (说明, 填表人) belongs to both tables: it cuts nothing
      if (2 * c.colSpan() <= r - l + 1) {
        touched.set(c.col(), c.lastCol() + 1);
      }
    }
    List<int[]> out = new ArrayList<>();
    int from = l;
    for (int c = l + 1; c < r; c++) {
      if (!touched.get(c) && isTable(body, from, c - 1) && isTable(body, c + 1, r)) {
        out.add(new int[] {from, c - 1});
        from = touched.nextSetBit(c);
        c = from;
      }
    }
    out.add(new int[] {from, r});
    return out;
  }

  private static boolean isTable(List<SheetCell> body, int l, int r) {
    if (r - l + 1 < MIN_SIDE) {
      return false;
    }
    java.util.Map<Integer, Integer> perRow = new java.util.HashMap<>();
    BitSet cols = new BitSet();
    for (SheetCell c : body) {
      if (c.col() >= l && c.lastCol() <= r) {
        perRow.merge(c.row(), 1, Integer::sum);
        cols.set(c.col());
      }
    }
    return cols.cardinality() >= MIN_SIDE && perRow.values().stream().filter(n -> n >= 2).count() >= MIN_SIDE;
  }

  /** Cells holding tab-separated lines before a sheet is read as a text dump. */
  private static final int MIN_TAB_LINES = 3;

  /**
   * A report pasted into one column, a line per cell, its tables as tab-separated text inside the cells (h216): the
   * sheet is text, not a grid of one column.
   */
  private static boolean isTextDump(List<SheetCell> filled) {
    int col = filled.getFirst().col();
    return filled.stream().allMatch(c -> c.col() == col && c.colSpan() == 1)
        && filled.stream().filter(c -> c.text().indexOf('\t') >= 0).count() >= MIN_TAB_LINES;
  }

  /** The column's cells as lines, an empty row an empty line (a paragraph break). */
  private static String lines(List<SheetCell> filled) {
    StringBuilder b = new StringBuilder();
    int row = filled.getFirst().row();
    for (SheetCell c : filled) {
      b.append("\n".repeat(Math.max(0, c.row() - row))).append(c.text());
      row = c.row();
    }
    return b.toString();
  }

  /**
   * The cells as one grid of at least {@code height} × {@code width}, no title rows, no trimming
   * (a word processor's table keeps its shape); overlapping cells are skipped with a warning.
   */
  public static GridBuilder plainGrid(String tableName, List<SheetCell> cells, int height, int width, DocumentBuilder doc, Limits limits) throws IngestException {
    int bottom = Math.max(height, cells.stream().mapToInt(c -> c.lastRow() + 1).max().orElse(0)) - 1;
    int right = Math.max(width, cells.stream().mapToInt(c -> c.lastCol() + 1).max().orElse(0)) - 1;
    if (bottom < 0 || right < 0) {
      return new GridBuilder();
    }
    long area = (long) (bottom + 1) * (right + 1);
    if (area > limits.maxCells()) {
      throw new IngestException(FailureKind.TOO_LARGE, "table '" + tableName + "' spans " + area + " cells, over the limit of " + limits.maxCells());
    }
    return grid(tableName, cells, 0, bottom, 0, right, doc);
  }

  /** The leading rows that each hold a single non-empty cell; none when that would leave no table. */
  private static List<SheetCell> titleCells(List<SheetCell> filled, int top, int bottom, int width) {
    List<SheetCell> titles = new ArrayList<>();
    if (width < 2) {
      return titles;
    }
    int row = top;
    while (row <= bottom) {
      final int from = row;
      List<SheetCell> starting = filled.stream().filter(c -> c.row() == from).toList();
      if (starting.size() != 1) {
        break;
      }
      SheetCell t = starting.getFirst();
      boolean alone = filled.stream().filter(c -> c != t).noneMatch(c -> c.row() <= t.lastRow() && c.lastRow() >= from);
      if (!alone) {
        break;
      }
      titles.add(t);
      // rows between a title and the next filled cell are empty (the title is alone)
      final int after = t.lastRow();
      row = filled.stream().mapToInt(SheetCell::row).filter(x -> x > after).min().orElse(bottom + 1);
    }
    return row > bottom ? List.of() : titles;
  }

  private static GridBuilder grid(String sheetName, List<SheetCell> cells, int top, int bottom, int left, int right, DocumentBuilder doc) throws IngestException {
    int width = right - left + 1;
    BitSet taken = new BitSet((bottom - top + 1) * width);
    GridBuilder g = new GridBuilder();
    int skipped = 0;
    for (SheetCell c : cells) {
      ReadFailures.checkInterrupted();
      int r0 = Math.max(c.row(), top);
      int r1 = Math.min(c.lastRow(), bottom);
      int c0 = Math.max(c.col(), left);
      int c1 = Math.min(c.lastCol(), right);
      if (r0 > r1 || c0 > c1 || (c.isBlank() && r0 == r1 && c0 == c1)) {
        continue;
      }
      if (!free(taken, r0 - top, r1 - top, c0 - left, c1 - left, width)) {
        skipped++;
        continue;
      }
      for (int r = r0 - top; r <= r1 - top; r++) {
        taken.set(r * width + (c0 - left), r * width + (c1 - left) + 1);
      }
      g.cell(r0 - top, c0 - left, r1 - r0 + 1, c1 - c0 + 1, c.text(), null);
    }
    if (skipped > 0) {
      doc.warn(WarningCode.OVERLAPPING_MERGE, "sheet '" + sheetName + "': " + skipped + " cell(s) overlapping a merged region were skipped", null);
    }
    return g.ensureSize(bottom - top + 1, width);
  }

  private static boolean free(BitSet taken, int r0, int r1, int c0, int c1, int width) {
    for (int r = r0; r <= r1; r++) {
      int from = r * width + c0;
      int next = taken.nextSetBit(from);
      if (next >= 0 && next <= r * width + c1) {
        return false;
      }
    }
    return true;
  }
}
