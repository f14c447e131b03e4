package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.GridBuilder;
import org.jixiao.schema.Box;
import org.jixiao.ingest.internal.WrappedText;
import org.jixiao.schema.OcrRead;
import org.jixiao.schema.TableMethod;
import org.jspecify.annotations.Nullable;

/**
 * Joins the parts of one table printed over several pages into one grid. A part continues the
 * previous one when their outer edges match and the column boundaries of one are a subset of the
 * other's (within {@link LatticeTableFinder#TOL}). Header rows repeated at the top of a
 * continuation are dropped. A merged cell cut by the page break is rejoined when the
 * continuation's piece is empty and either piece spans rows; a row cut in two is rejoined when
 * {@link SplitRows} says so. Otherwise the pieces stay two cells, as printed.
 */
final class TableJoiner {
  private static final double TOL = LatticeTableFinder.TOL;

  private TableJoiner() {}

  /** True when {@code next} (top of the following page) continues {@code prev}. */
  static boolean continues(PageTable prev, PageTable next) {
    if (prev.method() != next.method() || next.page() != prev.page() + 1) {
      return false;
    }
    if (prev.method() == TableMethod.STREAM) {
      return sameStreamColumns(prev, next);
    }
    if (Math.abs(prev.left() - next.left()) > TOL || Math.abs(prev.right() - next.right()) > TOL) {
      return false;
    }
    List<Double> a = prev.xs();
    List<Double> b = next.xs();
    return a.size() <= b.size() ? subset(a, b) : subset(b, a);
  }

  /**
   * Borderless parts: their column boundaries come from the text each page holds, so they match
   * column by column, not to the point: as many columns, each boundary of one lying between the
   * neighbours of the same boundary of the other.
   */
  private static boolean sameStreamColumns(PageTable a, PageTable b) {
    if (a.cols() != b.cols()) {
      return b.cols() < a.cols() && columnMap(a.xs(), b.xs()) != null;
    }
    for (int c = 1; c < a.cols(); c++) {
      if (!between(a.xs(), c, b.xs().get(c)) || !between(b.xs(), c, a.xs().get(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean between(List<Double> xs, int c, double x) {
    return xs.get(c - 1) < x && x < xs.get(c + 1);
  }

  /**
   * A borderless continuation without its first or last columns (an empty 一级指标 column under a
   * group label printed on the page before, an empty remarks column; no repeated header): for each
   * of its columns, the column of {@code frame} under it, or null unless its columns lie under
   * neighbouring columns of the frame (each centre within its column, the edges within the frame,
   * each boundary between the centres of the frame's two columns beside it).
   */
  static int @Nullable [] columnMap(List<Double> frame, List<Double> xs) {
    int n = xs.size() - 1;
    int[] map = new int[n];
    if (xs.get(0) < frame.get(0) - TOL || xs.get(n) > frame.get(frame.size() - 1) + TOL) {
      return null;
    }
    for (int c = 0; c < n; c++) {
      double centre = (xs.get(c) + xs.get(c + 1)) / 2;
      map[c] = -1;
      for (int k = 0; k + 1 < frame.size(); k++) {
        if (frame.get(k) <= centre && centre < frame.get(k + 1)) {
          map[c] = k;
        }
      }
      if (map[c] < 0 || c > 0 && map[c] != map[c - 1] + 1) {
        return null;
      }
      if (c > 0) {
        double left = (frame.get(map[c - 1]) + frame.get(map[c])) / 2;
        double right = (frame.get(map[c]) + frame.get(map[c] + 1)) / 2;
        if (xs.get(c) <= left || xs.get(c) >= right) {
          return null;
        }
      }
    }
    return map;
  }

  /**
   * Borderless parts drawn on the first part's column boundaries (see {@link #sameStreamColumns});
   * a part with fewer columns has its cells moved to the columns they lie under.
   */
  private static List<PageTable> aligned(List<PageTable> parts) {
    PageTable first = parts.get(0);
    if (first.method() != TableMethod.STREAM) {
      return parts;
    }
    List<PageTable> out = new ArrayList<>();
    for (PageTable p : parts) {
      int[] map = p.cols() == first.cols() ? null : columnMap(first.xs(), p.xs());
      if (p.cols() != first.cols() && map == null) {
        // matched to the part before it, not to the first: each column to the first's column under its centre
        map = new int[p.cols()];
        for (int c = 0; c < p.cols(); c++) {
          map[c] = slot(first.xs(), (p.xs().get(c) + p.xs().get(c + 1)) / 2);
        }
      }
      List<PageTable.Cell> cells = p.cells();
      if (map != null) {
        cells = new ArrayList<>();
        for (PageTable.Cell c : p.cells()) {
          int c0 = map[c.col()];
          int c1 = map[c.col() + c.colSpan() - 1];
          cells.add(new PageTable.Cell(c.row(), c0, c.rowSpan(), c1 - c0 + 1, c.text(), c.textBottom(), c.size(), c.ocr()));
        }
      }
      out.add(new PageTable(p.page(), first.xs(), p.ys(), cells, p.method()));
    }
    return out;
  }

  private static boolean subset(List<Double> small, List<Double> large) {
    return small.stream().allMatch(x -> large.stream().anyMatch(y -> Math.abs(x - y) <= TOL));
  }

  /** A cell placed in the joined grid; mutable while later parts extend it. */
  private static final class Placed {
    final int row;
    final int col;
    final int colSpan;
    final int page;
    int rowSpan;
    String text;
    double textBottom;
    double size;
    final @Nullable OcrRead ocr;
    /** The piece printed on its first page (a cell continued over a break keeps the first piece's box). */
    final Box box;

    Placed(int row, int col, int colSpan, PageTable.Cell c, PageTable part) {
      this.row = row;
      this.col = col;
      this.colSpan = colSpan;
      this.rowSpan = c.rowSpan();
      this.text = c.text();
      this.textBottom = c.textBottom();
      this.size = c.size();
      this.ocr = c.ocr();
      this.page = part.page();
      this.box = Box.between(part.xs().get(c.col()), part.ys().get(c.row()), part.xs().get(c.col() + c.colSpan()),
          part.ys().get(c.row() + c.rowSpan()));
    }
  }

  /** Counts of what joining did, for the reader's warnings. */
  static final class Stats {
    int headerRowsDropped;
    int cellsRejoined;
    int rowsRejoined;
  }

  /** Joined grid of the parts. */
  static GridBuilder join(List<PageTable> printed, Stats stats) {
    List<PageTable> parts = aligned(printed);
    List<Double> union = unionColumns(parts);
    parts = withoutFooterHeaders(parts, union, stats);
    List<Placed> placed = new ArrayList<>();
    int offset = 0;
    for (int p = 0; p < parts.size(); p++) {
      PageTable part = parts.get(p);
      int skip = p == 0 ? 0 : repeatedHeaderRows(parts.get(0), part, union);
      stats.headerRowsDropped += skip;
      boolean split = p > 0 && SplitRows.isSplitRow(parts.get(p - 1), part, skip, union);
      if (split) {
        stats.rowsRejoined++;
      }
      int shift = split ? 1 : 0;
      for (PageTable.Cell c : part.cells()) {
        if (c.row() < skip) {
          continue;
        }
        int c0 = index(union, part.xs().get(c.col()));
        int c1 = index(union, part.xs().get(c.col() + c.colSpan()));
        int row = c.row() - skip + offset - shift;
        if (p > 0 && c.row() == skip) {
          Placed above = endingAt(placed, offset - 1, c0, c1 - c0);
          if (above != null && (split || continuesCell(c, above))) {
            // the same cell continued on this page: one cell, its text joined, its span extended
            above.rowSpan += c.rowSpan() - shift;
            above.text = WrappedText.join(List.of(above.text, c.text()));
            if (!split) {
              stats.cellsRejoined++;
            }
            continue;
          }
        }
        placed.add(new Placed(row, c0, Math.max(1, c1 - c0), c, part));
      }
      offset += part.rows() - skip - shift;
    }
    GridBuilder grid = new GridBuilder();
    for (Placed c : placed) {
      grid.cell(c.row, c.col, c.rowSpan, c.colSpan, c.text, c.page, c.ocr, c.box);
    }
    grid.ensureSize(offset, union.size() - 1);
    grid.page(parts.get(0).page());
    return grid.method(parts.get(0).method()); // continuations have the same method (see continues)
  }

  /**
   * A merged cell cut by the page break: its piece below is empty and one of the pieces spans
   * rows. When both pieces hold text they stay two cells, as printed (telling them from two
   * rows needs more than geometry: a known gap).
   */
  private static boolean continuesCell(PageTable.Cell c, Placed above) {
    if (above.text.isEmpty()) {
      return false;
    }
    return c.text().isEmpty() && (above.rowSpan >= 2 || c.rowSpan() >= 2);
  }

  /** The placed cell whose last row is {@code lastRow} over exactly these columns, or null. */
  private static @Nullable Placed endingAt(List<Placed> placed, int lastRow, int col, int colSpan) {
    for (Placed c : placed) {
      if (c.row + c.rowSpan - 1 == lastRow && c.col == col && c.colSpan == colSpan) {
        return c;
      }
    }
    return null;
  }

  /**
   * The parts without a header printed again as the last row of a page's part, as a footer (h230): a last row with the
   * same text in every column as the first part's first row, no cell crossing into it, and rows above it.
   */
  private static List<PageTable> withoutFooterHeaders(List<PageTable> parts, List<Double> union, Stats stats) {
    String[] header = rowTexts(parts.get(0), 0, union);
    if (java.util.Arrays.stream(header).allMatch(String::isEmpty)) {
      return parts;
    }
    List<PageTable> out = new ArrayList<>();
    for (PageTable t : parts) {
      int last = t.rows() - 1;
      if (last >= 2 && java.util.Arrays.equals(header, rowTexts(t, last, union)) && cleanCut(t, last)) {
        List<PageTable.Cell> kept = t.cells().stream().filter(c -> c.row() < last).toList();
        out.add(new PageTable(t.page(), t.xs(), t.ys().subList(0, t.ys().size() - 1), kept, t.method()));
        stats.headerRowsDropped++;
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * How many top rows of {@code part} repeat the top rows of {@code first}: same text in every
   * column, and no cell crossing the cut.
   */
  static int repeatedHeaderRows(PageTable first, PageTable part, List<Double> union) {
    int best = 0;
    boolean scanned = byOcr(first) || byOcr(part);
    for (int k = 1; k < part.rows() && k <= first.rows(); k++) {
      if (!sameRow(first, part, k - 1, union, scanned)) {
        break;
      }
      if (cleanCut(part, k) && cleanCut(first, k)) {
        best = k;
      }
    }
    return best;
  }

  private static boolean cleanCut(PageTable t, int k) {
    return t.cells().stream().noneMatch(c -> c.row() < k && c.row() + c.rowSpan() > k);
  }

  /**
   * The same row of text in both parts. On scanned pages a header printed again is read again, and OCR may misread a
   * character of it ("完成值" as "完成什"): there a cell one character off counts as the same, as long as three in four
   * of the row's cells with text read exactly the same.
   */
  private static boolean sameRow(PageTable a, PageTable b, int row, List<Double> union, boolean scanned) {
    String[] ra = rowTexts(a, row, union);
    String[] rb = rowTexts(b, row, union);
    int filled = 0;
    int exact = 0;
    for (int i = 0; i < ra.length; i++) {
      if (ra[i].isEmpty() && rb[i].isEmpty()) {
        continue;
      }
      filled++;
      if (ra[i].equals(rb[i])) {
        exact++;
      } else if (!scanned || !oneCharacterOff(ra[i], rb[i])) {
        return false;
      }
    }
    return filled > 0 && 4 * exact >= 3 * filled;
  }

  private static boolean oneCharacterOff(String x, String y) {
    if (x.length() != y.length() || x.isEmpty()) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < x.length() && diff < 2; i++) {
      diff += x.charAt(i) == y.charAt(i) ? 0 : 1;
    }
    return diff == 1;
  }

  /** Whether the part was read by OCR (its cells carry recognition confidences). */
  private static boolean byOcr(PageTable t) {
    return t.cells().stream().anyMatch(c -> c.ocr() != null);
  }

  static String[] rowTexts(PageTable t, int row, List<Double> union) {
    String[] out = new String[union.size() - 1];
    java.util.Arrays.fill(out, "");
    for (PageTable.Cell c : t.cells()) {
      if (c.row() <= row && row < c.row() + c.rowSpan()) {
        int c0 = index(union, t.xs().get(c.col()));
        int c1 = index(union, t.xs().get(c.col() + c.colSpan()));
        for (int k = c0; k < c1; k++) {
          out[k] = c.text().replaceAll("\\s+", "");
        }
      }
    }
    return out;
  }

  static List<Double> unionColumns(List<PageTable> parts) {
    List<Double> all = new ArrayList<>();
    parts.forEach(p -> all.addAll(p.xs()));
    all.sort(Double::compare);
    List<Double> out = new ArrayList<>();
    for (double x : all) {
      if (out.isEmpty() || x - out.get(out.size() - 1) > TOL) {
        out.add(x);
      }
    }
    return out;
  }

  /** The column of {@code xs} holding x; the first or last when x is outside. */
  private static int slot(List<Double> xs, double x) {
    int k = 0;
    while (k + 2 < xs.size() && x >= xs.get(k + 1)) {
      k++;
    }
    return k;
  }

  static int index(List<Double> union, double x) {
    int best = 0;
    for (int i = 1; i < union.size(); i++) {
      if (Math.abs(union.get(i) - x) < Math.abs(union.get(best) - x)) {
        best = i;
      }
    }
    return best;
  }
}
