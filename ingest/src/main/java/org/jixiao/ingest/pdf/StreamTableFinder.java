package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.schema.TableMethod;

/**
 * Tables without rulings, found by column alignment in the spirit of tabula's
 * BasicExtractionAlgorithm, but conservative: a false table is worse than a paragraph. A table is
 * a run of at least {@value #MIN_ROWS} consecutive lines, each split by wide gaps into chunks,
 * whose chunks fall into at least {@value #MIN_COLS} columns that no chunk straddles, and in which
 * at least {@value #MIN_ROWS} lines fill {@value #MIN_COLS} or more columns. One line is one row.
 */
final class StreamTableFinder {
  static final int MIN_ROWS = 3;
  static final int MIN_COLS = 3;
  /** A gap wider than this many font sizes separates two columns. */
  private static final double COLUMN_GAP = 1.5;
  /** Lines further apart than this many line heights are not in the same table. */
  private static final double ROW_GAP = 1.5;

  /** Tables found, and the lines not in any of them. */
  record Result(List<PageTable> tables, List<TextLine> rest) {}

  private record Chunk(double x0, double x1, List<Glyph> glyphs) {}

  private StreamTableFinder() {}

  static Result find(int page, List<TextLine> lines) {
    List<PageTable> tables = new ArrayList<>();
    List<TextLine> rest = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int j = i;
      while (j < lines.size() && chunks(lines.get(j)).size() >= 2
          && (j == i || lines.get(j).top() - lines.get(j - 1).bottom() < ROW_GAP * lines.get(j - 1).height())) {
        j++;
      }
      PageTable t = j - i >= MIN_ROWS ? table(page, lines.subList(i, j)) : null;
      if (t != null) {
        tables.add(t);
        i = j;
      } else {
        rest.add(lines.get(i));
        i++;
      }
    }
    return new Result(tables, rest);
  }

  private static List<Chunk> chunks(TextLine line) {
    List<Chunk> out = new ArrayList<>();
    List<Glyph> cur = new ArrayList<>();
    for (Glyph g : line.glyphs()) {
      if (!cur.isEmpty() && g.x0() - cur.get(cur.size() - 1).x1() > COLUMN_GAP * line.size()) {
        out.add(chunk(cur));
        cur = new ArrayList<>();
      }
      cur.add(g);
    }
    if (!cur.isEmpty()) {
      out.add(chunk(cur));
    }
    return out;
  }

  private static Chunk chunk(List<Glyph> glyphs) {
    TextLine l = TextLines.line(glyphs);
    return new Chunk(l.x0(), l.x1(), l.glyphs());
  }

  private static PageTable table(int page, List<TextLine> block) {
    List<List<Chunk>> rows = block.stream().map(StreamTableFinder::chunks).toList();
    List<double[]> columns = columns(rows);
    if (columns.size() < MIN_COLS) {
      return null;
    }
    int full = 0;
    List<PageTable.Cell> cells = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<List<Glyph>> texts = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        texts.add(null);
      }
      for (Chunk ch : rows.get(r)) {
        int c = column(columns, ch);
        if (texts.get(c) != null) {
          return null; // two chunks of one line in one column: not a clean grid
        }
        texts.set(c, ch.glyphs());
      }
      int filled = 0;
      for (int c = 0; c < texts.size(); c++) {
        if (texts.get(c) != null) {
          filled++;
          cells.add(PageTable.Cell.of(r, c, 1, 1, texts.get(c), columns.get(c)[0], columns.get(c)[1]));
        }
      }
      if (filled >= MIN_COLS) {
        full++;
      }
    }
    if (full < MIN_ROWS) {
      return null;
    }
    List<Double> xs = new ArrayList<>();
    xs.add(columns.get(0)[0]);
    for (int c = 1; c < columns.size(); c++) {
      xs.add((columns.get(c - 1)[1] + columns.get(c)[0]) / 2);
    }
    xs.add(columns.get(columns.size() - 1)[1]);
    List<Double> ys = new ArrayList<>();
    ys.add(block.get(0).top());
    for (int r = 1; r < block.size(); r++) {
      ys.add((block.get(r - 1).bottom() + block.get(r).top()) / 2);
    }
    ys.add(block.get(block.size() - 1).bottom());
    return new PageTable(page, xs, ys, cells, TableMethod.STREAM);
  }

  /** Column extents: the union of overlapping chunk extents over all rows. */
  private static List<double[]> columns(List<List<Chunk>> rows) {
    List<Chunk> all = new ArrayList<>();
    rows.forEach(all::addAll);
    all.sort(Comparator.comparingDouble(Chunk::x0));
    List<double[]> cols = new ArrayList<>();
    for (Chunk ch : all) {
      double[] last = cols.isEmpty() ? null : cols.get(cols.size() - 1);
      if (last != null && ch.x0() <= last[1]) {
        last[1] = Math.max(last[1], ch.x1());
      } else {
        cols.add(new double[] {ch.x0(), ch.x1()});
      }
    }
    return cols;
  }

  private static int column(List<double[]> columns, Chunk ch) {
    for (int c = 0; c < columns.size(); c++) {
      if (ch.x0() >= columns.get(c)[0] && ch.x0() <= columns.get(c)[1]) {
        return c;
      }
    }
    return columns.size() - 1;
  }
}
