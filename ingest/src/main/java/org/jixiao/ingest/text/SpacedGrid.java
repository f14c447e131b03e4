package org.jixiao.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A table printed as a space-aligned grid (a TXT export of a borderless table, or {@code pdftotext
 * -layout} output): cells set apart by two or more spaces, columns lined up in display width (a CJK
 * character takes two columns, as on a terminal or in a fixed-width font).
 *
 * <p>Unlike a PDF's borderless table (tabula's stream mode, {@code ingest.pdf.StreamGrid}), the
 * text has no glyph positions to take the union of: a cell wider than its column (a long 二级 name)
 * pushes every cell after it to the right on that line only. So the columns are the cell starts of
 * the line with most cells (the header, as a rule), and each line's cells are placed left to right
 * on the nearest column start not yet used, the line's drift so far taken off: a push carries to
 * the cells after it.
 *
 * <p>Conservative, as a false table is worse than a paragraph: a grid opens on a line of at least
 * {@value #MIN_COLS} cells, goes on over non-blank lines of at least two cells whose every cell
 * lands within {@value #TOLERANCE} columns of a column start, and needs {@value #MIN_LINES} lines.
 * Up to {@value #MAX_THIN} lines in a row may hold one cell set in from the margin (a wrapped
 * cell's further lines); {@link WrappedRows} puts them back into their rows.
 */
final class SpacedGrid {
  static final int MIN_COLS = 3;
  /** A figure as a total line prints it: 100, 98.55, 96.10%, 9.5分. */
  /** A line drawn with dashes or equals signs, as a layout export sets under its header. */
  private static final Pattern RULE_LINE = Pattern.compile("\\s*[-=─━_]{5,}\\s*");
  private static final Pattern FIGURE = Pattern.compile("[0-9０-９][0-9０-９,.，．]*[%％分]?");
  static final int MIN_LINES = 2;
  /** At most this many lines are looked at from one start (bounded work on any input). */
  static final int MAX_LINES = 1000;
  /** How far (in display columns, after the line's drift) a cell may start from its column. */
  static final int TOLERANCE = 6;
  /** Consecutive one-cell lines a grid may hold (a cell wrapping over several lines). */
  static final int MAX_THIN = 3;
  /** How far (in display columns) a cell after a wrapped line may start from where a cell of the grid started. */
  static final int ALIGN = 2;

  /** One cell of a line: its display column and its text. */
  private record Cell(int at, String text) {}

  /**
   * The grid's rows (one string per column, empty where the line has no cell), the lines each row
   * was printed on, whether its cells are centred vertically ({@link WrappedRows}), and the line
   * after it.
   */
  record Found(List<List<String>> rows, List<Integer> heights, boolean centred, int end) {}

  private SpacedGrid() {}

  /** The grid opening at line {@code start}, or null when none does. */
  static @Nullable Found at(List<String> lines, int start) {
    List<List<Cell>> run = new ArrayList<>();
    int thin = 0; // one-cell lines in a row
    java.util.Set<Integer> starts = new java.util.HashSet<>(); // where the cells of the run's lines start
    for (int i = start; i < lines.size() && run.size() < MAX_LINES; i++) {
      if (!run.isEmpty() && RULE_LINE.matcher(lines.get(i)).matches()) {
        continue; // "------" under a header or above a total: no row
      }
      List<Cell> cells = cells(lines.get(i));
      boolean opening = run.isEmpty() && i + 1 < lines.size() && labelAbove(cells, cells(lines.get(i + 1)));
      if (cells.size() < (run.isEmpty() ? MIN_COLS : 2) && !opening && !(isWrap(cells) && ++thin <= MAX_THIN)) {
        break;
      }
      if (cells.size() >= 2) {
        if (thin > 0 && !cells.stream().allMatch(c -> starts.stream().anyMatch(a -> Math.abs(a - c.at()) <= ALIGN))) {
          break; // after a wrapped cell's line, the grid resumes on its own columns; others open a block of their own
        }
        thin = 0;
        cells.forEach(c -> starts.add(c.at()));
      }
      run.add(cells);
    }
    if (run.size() < MIN_LINES) {
      return null;
    }
    List<Integer> cols = columns(run);
    List<List<String>> placed = new ArrayList<>();
    for (List<Cell> line : run) {
      List<String> row = place(line, cols);
      if (row == null || line.size() < 2 && row.getFirst().equals(line.getFirst().text())) {
        break; // a line alone in the first column is prose, not a cell's wrapped text
      }
      placed.add(row);
    }
    if (placed.size() < MIN_LINES) {
      return null;
    }
    placed = IndentTree.levels(placed, run.subList(0, placed.size()).stream()
        .map(line -> line.isEmpty() ? -1 : line.getFirst().at()).toList());
    WrappedRows.Merged rows = WrappedRows.merge(placed);
    return rows.rows().size() < MIN_LINES ? null
        : new Found(rows.rows(), rows.heights(), rows.centred(), start + rows.used());
  }

  /**
   * A label and its value on the line above a grid, each where one of the grid's first line's
   * cells starts: the form's first row, its value cell merged over the columns to the right
   * ("项目名称  延吉市…项目" over "主管部门  延吉市水利局  实施单位  延吉市河道管理站").
   */
  private static boolean labelAbove(List<Cell> line, List<Cell> next) {
    return line.size() == 2 && next.size() >= MIN_COLS
        && line.stream().allMatch(c -> next.stream().anyMatch(n -> Math.abs(n.at() - c.at()) <= ALIGN));
  }

  /** A line of one cell set in from the margin: maybe a wrapped cell's last words ("率" under "汛前主体工程完工"). */
  private static boolean isWrap(List<Cell> cells) {
    return cells.size() == 1 && cells.getFirst().at() > TOLERANCE;
  }

  /** Column starts: the cell starts of the first line with most cells. */
  private static List<Integer> columns(List<List<Cell>> run) {
    List<Cell> widest = run.getFirst();
    for (List<Cell> line : run) {
      if (line.size() > widest.size()) {
        widest = line;
      }
    }
    return widest.stream().map(Cell::at).toList();
  }

  /** The line's cells on the columns, or null when a cell lands on no column (not a row of this grid). */
  private static @Nullable List<String> place(List<Cell> line, List<Integer> cols) {
    List<String> row = placeEach(line, cols);
    return row != null ? row : placeFigureTail(line, cols);
  }

  /**
   * A total line whose label spans the name columns and whose figures sit under the last columns, shifted as a block
   * ("总分" then "100   98.55" some columns left of 分值 | 得分, a layout export's merged row): the figures, two or more,
   * go to the last columns when their spacing matches those columns'.
   */
  private static @Nullable List<String> placeFigureTail(List<Cell> line, List<Integer> cols) {
    int k = line.size() - 1;
    int n = cols.size();
    if (k < 2 || k >= n || Math.abs(line.getFirst().at() - cols.getFirst()) > TOLERANCE
        || !line.subList(1, line.size()).stream().allMatch(c -> FIGURE.matcher(c.text()).matches())) {
      return null;
    }
    int shift = cols.get(n - 1) - line.getLast().at();
    for (int i = 0; i < k; i++) {
      if (Math.abs(line.get(1 + i).at() + shift - cols.get(n - k + i)) > TOLERANCE) {
        return null;
      }
    }
    if (line.get(1).at() + shift <= cols.get(n - k - 1)) {
      return null;
    }
    List<String> row = new ArrayList<>();
    cols.forEach(c -> row.add(""));
    row.set(0, line.getFirst().text());
    for (int i = 0; i < k; i++) {
      row.set(n - k + i, line.get(1 + i).text());
    }
    return row;
  }

  private static @Nullable List<String> placeEach(List<Cell> line, List<Integer> cols) {
    List<String> row = new ArrayList<>();
    cols.forEach(c -> row.add(""));
    int drift = 0;
    int next = 0; // first column still free
    for (Cell cell : line) {
      if (next == 0 && cols.size() > 1 && cell.at() > cols.get(0) && cell.at() + width(cell.text()) < cols.get(1)) {
        // an indented label ending before the second column ("        项目支出" under "  其中：基本支出"): the
        // budget block's tree, still in the first column, and no drift for the cells after it
        row.set(0, cell.text());
        next = 1;
        continue;
      }
      int best = -1;
      for (int c = next; c < cols.size(); c++) {
        if (best < 0 || Math.abs(cell.at() - drift - cols.get(c)) < Math.abs(cell.at() - drift - cols.get(best))) {
          best = c;
        }
      }
      if (best < 0 || Math.abs(cell.at() - drift - cols.get(best)) > TOLERANCE) {
        return null;
      }
      drift = cell.at() - cols.get(best);
      String text = cell.text();
      int space = text.indexOf(' ');
      if (space > 0 && best + 1 < cols.size() && row.get(best + 1).isEmpty()) {
        // "序号 指标": two header words one space apart, the second where the next column starts
        int secondAt = cell.at() + width(text.substring(0, space + 1));
        if (Math.abs(secondAt - drift - cols.get(best + 1)) <= ALIGN) {
          row.set(best, text.substring(0, space));
          row.set(best + 1, text.substring(space + 1));
          next = best + 2;
          continue;
        }
      }
      row.set(best, text);
      next = best + 1;
    }
    return row;
  }

  private static int width(String s) {
    return s.chars().map(ch -> width((char) ch)).sum();
  }

  /** The line's cells: text between runs of two or more spaces (an ideographic space counts two), with their display columns. */
  private static List<Cell> cells(String line) {
    List<Cell> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int at = 0;
    int col = 0;
    int spaces = 0;
    for (int k = 0; k < line.length(); k++) {
      char ch = line.charAt(k);
      if (ch == ' ') {
        spaces++;
      } else if (ch == '\u3000') {
        spaces += 2; // an ideographic space is two columns of padding (a portal's export aligns with them, h198)
      } else {
        if (spaces >= 2 && !cur.isEmpty()) {
          out.add(new Cell(at, cur.toString()));
          cur.setLength(0);
        } else if (spaces == 1 && !cur.isEmpty()) {
          cur.append(' ');
        }
        if (cur.isEmpty()) {
          at = col;
        }
        spaces = 0;
        cur.append(ch);
      }
      col += width(ch);
    }
    if (!cur.isEmpty()) {
      out.add(new Cell(at, cur.toString()));
    }
    return out;
  }

  /** Display width: ASCII takes one column, any other character (CJK, full-width, ≥) two. */
  static int width(char ch) {
    return ch < 0x80 ? 1 : 2;
  }
}
