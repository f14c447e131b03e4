package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.schema.TableMethod;
import org.jspecify.annotations.Nullable;

/**
 * The grid of a borderless table from its lines: columns are the gaps that stay empty down the
 * table (the union of the extents of its chunks), each column's text is split into cell blocks
 * (lines closer than a row's pitch are one cell wrapping inside its column), and rows are the
 * clusters of overlapping blocks of the well-filled columns. A block of a sparse column (a group
 * label printed once, perhaps centred beside the middle of its group) joins the row at its
 * height; it is left where it is printed, not spread over the group. A group heading printed
 * across the table is a row of one cell spanning every column.
 */
final class StreamGrid {
  static final int MIN_ROWS = 3;
  static final int MIN_COLS = 3;
  /** Lines of one column closer than this many font sizes (baseline to baseline) wrap inside one cell. */
  static final double WRAP_PITCH = 1.5;
  /** A column used by at least this share of the lines of the most used one is a key column. */
  private static final double KEY = 0.5;
  /** ... and closer than this share of the table's usual row pitch. */
  private static final double WRAP_SHARE = 0.85;
  /** Lines at the top of a table that may hold its header (a header cell may wrap onto a second line). */
  private static final int HEADER_LINES = 2;
  /** A column with fewer blocks than this share of the fullest column's is sparse. */
  private static final double SPARSE = 0.5;

  /** Lines of one column that form one cell, and the column. */
  private record Block(int col, List<TextLine> lines) {
    double top() {
      return lines.get(0).top();
    }

    double bottom() {
      return lines.get(lines.size() - 1).bottom();
    }

    double centre() {
      return (top() + bottom()) / 2;
    }
  }

  private static final class Row {
    double top;
    double bottom;
    final List<Block> blocks = new ArrayList<>();
    /** A group heading across the table (its one block spans every column), else null. */
    @Nullable TextLine heading;

    Row(TextLine heading) {
      this(new Block(-1, List.of(heading)));
      this.heading = heading;
    }

    Row(Block b) {
      top = b.top();
      bottom = b.bottom();
      blocks.add(b);
    }
  }

  /** Extents closer than this (points) to overlapping only touch. */
  private static final double TOUCH = 0.01;

  private StreamGrid() {}

  /** Column extents: the union of overlapping chunk extents over all lines. */
  static List<double[]> columns(List<List<StreamTableFinder.Chunk>> lines) {
    List<StreamTableFinder.Chunk> all = new ArrayList<>();
    lines.forEach(all::addAll);
    all.sort(Comparator.comparingDouble(StreamTableFinder.Chunk::x0));
    List<double[]> cols = new ArrayList<>();
    for (StreamTableFinder.Chunk ch : all) {
      double[] last = cols.isEmpty() ? null : cols.get(cols.size() - 1);
      // chunks that only touch are two columns: a 三级 name filling its column to the edge of the 分值 header word
      if (last != null && ch.x0() < last[1] - TOUCH) {
        last[1] = Math.max(last[1], ch.x1());
      } else {
        cols.add(new double[] {ch.x0(), ch.x1()});
      }
    }
    return cols;
  }

  /**
   * Columns filled by one of the top lines only (a header word centred or left-aligned over numbers
   * aligned right, so the two never overlap) joined to the nearer neighbour that no line shares
   * with it. A column filled by a lower line only (a 合计 label alone in a column left empty on a
   * continuation page) stays a column.
   */
  static List<double[]> headerMerged(List<double[]> columns, List<List<StreamTableFinder.Chunk>> lines) {
    List<double[]> cols = new ArrayList<>(columns);
    boolean changed = true;
    while (changed) {
      changed = false;
      List<java.util.BitSet> used = usage(cols, lines);
      for (int c = 0; c < cols.size() && !changed; c++) {
        if (used.get(c).cardinality() != 1 || used.get(c).nextSetBit(0) >= HEADER_LINES) {
          continue;
        }
        int best = -1;
        for (int n : new int[] {c - 1, c + 1}) {
          if (n >= 0 && n < cols.size() && !used.get(n).intersects(used.get(c))
              && (best < 0 || gap(cols.get(c), cols.get(n)) < gap(cols.get(c), cols.get(best)))) {
            best = n;
          }
        }
        if (best >= 0) {
          int a = Math.min(c, best);
          cols.set(a, new double[] {cols.get(a)[0], cols.get(a + 1)[1]});
          cols.remove(a + 1);
          changed = true;
        }
      }
    }
    return cols;
  }

  private static List<java.util.BitSet> usage(List<double[]> cols, List<List<StreamTableFinder.Chunk>> lines) {
    List<java.util.BitSet> used = new ArrayList<>();
    cols.forEach(c -> used.add(new java.util.BitSet()));
    for (int i = 0; i < lines.size(); i++) {
      for (StreamTableFinder.Chunk ch : lines.get(i)) {
        used.get(column(cols, ch.x0())).set(i);
      }
    }
    return used;
  }

  private static double gap(double[] a, double[] b) {
    return Math.max(b[0] - a[1], a[0] - b[1]);
  }

  /** The table of these lines, group headings across it among them (their chunks left out), or null. */
  static @Nullable PageTable table(int page, List<TextLine> lines, List<List<StreamTableFinder.Chunk>> chunks,
      List<TextLine> headings) {
    return table(page, lines, chunks, headerMerged(columns(chunks), chunks), MIN_ROWS, headings);
  }

  /**
   * The table of these lines on the given columns, with the {@code headings} among them as rows
   * across it, or null without {@code minRows} rows filling {@value #MIN_COLS} columns.
   */
  static @Nullable PageTable table(int page, List<TextLine> lines, List<List<StreamTableFinder.Chunk>> chunks,
      List<double[]> cols, int minRows, List<TextLine> headings) {
    if (cols.size() < MIN_COLS) {
      return null;
    }
    List<List<Glyph>> byCol = new ArrayList<>();
    cols.forEach(c -> byCol.add(new ArrayList<>()));
    for (List<StreamTableFinder.Chunk> line : chunks) {
      for (StreamTableFinder.Chunk ch : line) {
        byCol.get(column(cols, ch.x0())).addAll(ch.glyphs());
      }
    }
    double wrap = wrapPitch(lines, chunks);
    List<Double> full = fullBaselines(lines, chunks, cols);
    List<List<Block>> blocks = new ArrayList<>();
    for (int c = 0; c < cols.size(); c++) {
      blocks.add(blocks(c, TextLines.group(byCol.get(c)), wrap, full));
    }
    List<Row> rows = rows(blocks);
    for (TextLine h : headings) {
      if (lines.contains(h)) {
        rows.add(new Row(h));
      }
    }
    rows.sort(Comparator.comparingDouble(r -> r.top));
    return grid(page, cols, rows, minRows);
  }

  /** Baseline pitch below which two lines of a column wrap inside one cell. */
  private static double wrapPitch(List<TextLine> lines, List<List<StreamTableFinder.Chunk>> chunks) {
    List<Double> pitches = new ArrayList<>();
    TextLine prev = null;
    double size = 0;
    for (int i = 0; i < lines.size(); i++) {
      size = Math.max(size, lines.get(i).size());
      if (chunks.get(i).size() >= 2) {
        if (prev != null) {
          pitches.add(lines.get(i).bottom() - prev.bottom());
        }
        prev = lines.get(i);
      }
    }
    pitches.sort(Double::compare);
    double usual = pitches.isEmpty() ? Double.MAX_VALUE : pitches.get(pitches.size() / 2);
    return Math.min(WRAP_PITCH * size, WRAP_SHARE * usual);
  }

  /**
   * Baselines of the full lines: those with a chunk in every key column (the columns filled on
   * about every row: names, values, scores), at least {@value #MIN_COLS} of them. A line wrapping
   * inside some cells (a header's second line "指标|标值|成值") misses a key column.
   */
  private static List<Double> fullBaselines(List<TextLine> lines, List<List<StreamTableFinder.Chunk>> chunks,
      List<double[]> cols) {
    List<java.util.BitSet> used = usage(cols, chunks);
    int most = used.stream().mapToInt(java.util.BitSet::cardinality).max().orElse(0);
    java.util.BitSet full = new java.util.BitSet();
    full.set(0, lines.size());
    int keys = 0;
    for (java.util.BitSet u : used) {
      if (u.cardinality() >= KEY * most) {
        full.and(u);
        keys++;
      }
    }
    List<Double> out = new ArrayList<>();
    for (int i = full.nextSetBit(0); i >= 0 && keys >= MIN_COLS; i = full.nextSetBit(i + 1)) {
      out.add(lines.get(i).bottom());
    }
    return out;
  }

  private static boolean onFull(TextLine l, List<Double> full) {
    return full.stream().anyMatch(b -> Math.abs(b - l.bottom()) < 0.5 * l.size());
  }

  /**
   * A column's lines in cell blocks: a new block where the pitch exceeds a wrap, and where a second
   * full line begins (cells set on top of their row: a header cell wrapping onto a second line,
   * "一级指|标", sits as close above the first data row as its own lines are to each other).
   */
  private static List<Block> blocks(int col, List<TextLine> lines, double wrap, List<Double> full) {
    List<Block> out = new ArrayList<>();
    List<TextLine> cur = new ArrayList<>();
    boolean curFull = false;
    for (TextLine l : lines) {
      boolean isFull = onFull(l, full);
      if (!cur.isEmpty() && (l.bottom() - cur.get(cur.size() - 1).bottom() >= wrap || isFull && curFull)) {
        out.add(new Block(col, cur));
        cur = new ArrayList<>();
        curFull = false;
      }
      cur.add(l);
      curFull |= isFull;
    }
    if (!cur.isEmpty()) {
      out.add(new Block(col, cur));
    }
    return out;
  }

  /** Rows from the blocks of the well-filled columns; sparse columns' blocks join the row at their height. */
  private static List<Row> rows(List<List<Block>> blocks) {
    int most = blocks.stream().mapToInt(List::size).max().orElse(0);
    List<Block> dense = new ArrayList<>();
    List<Block> sparse = new ArrayList<>();
    for (List<Block> col : blocks) {
      (col.size() >= SPARSE * most ? dense : sparse).addAll(col);
    }
    dense.sort(Comparator.comparingDouble(Block::top));
    List<Row> rows = new ArrayList<>();
    for (Block b : dense) {
      Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
      double slack = 0.1 * b.lines().get(0).size();
      if (last != null && b.top() + slack < last.bottom) {
        last.blocks.add(b);
        last.bottom = Math.max(last.bottom, b.bottom());
      } else {
        rows.add(new Row(b));
      }
    }
    for (Block b : sparse) {
      Row best = null;
      for (Row r : rows) {
        if (best == null || distance(r, b.centre()) < distance(best, b.centre())) {
          best = r;
        }
      }
      if (best != null) {
        best.blocks.add(b);
      }
    }
    return rows;
  }

  private static double distance(Row r, double y) {
    return y < r.top ? r.top - y : y > r.bottom ? y - r.bottom : 0;
  }

  private static @Nullable PageTable grid(int page, List<double[]> cols, List<Row> rows, int minRows) {
    List<PageTable.Cell> cells = new ArrayList<>();
    int full = 0;
    for (int r = 0; r < rows.size(); r++) {
      TextLine heading = rows.get(r).heading;
      if (heading != null) {
        cells.add(PageTable.Cell.of(r, 0, 1, cols.size(), heading.glyphs(), cols.get(0)[0], cols.get(cols.size() - 1)[1]));
        continue;
      }
      int filled = 0;
      for (int c = 0; c < cols.size(); c++) {
        List<Glyph> glyphs = new ArrayList<>();
        for (Block b : rows.get(r).blocks) {
          if (b.col() == c) {
            b.lines().forEach(l -> glyphs.addAll(l.glyphs()));
          }
        }
        if (!glyphs.isEmpty()) {
          filled++;
          cells.add(PageTable.Cell.of(r, c, 1, 1, glyphs, cols.get(c)[0], cols.get(c)[1]));
        }
      }
      if (filled >= MIN_COLS) {
        full++;
      }
    }
    if (full < minRows) {
      return null;
    }
    List<Double> xs = new ArrayList<>();
    xs.add(cols.get(0)[0]);
    for (int c = 1; c < cols.size(); c++) {
      xs.add((cols.get(c - 1)[1] + cols.get(c)[0]) / 2);
    }
    xs.add(cols.get(cols.size() - 1)[1]);
    List<Double> ys = new ArrayList<>();
    ys.add(rows.get(0).top);
    for (int r = 1; r < rows.size(); r++) {
      ys.add((rows.get(r - 1).bottom + rows.get(r).top) / 2);
    }
    ys.add(rows.get(rows.size() - 1).bottom);
    return new PageTable(page, xs, ys, cells, TableMethod.STREAM);
  }

  private static int column(List<double[]> cols, double x0) {
    for (int c = 0; c < cols.size(); c++) {
      if (x0 >= cols.get(c)[0] && x0 < cols.get(c)[1] - TOUCH) { // a chunk starting where a column ends opens the next
        return c;
      }
    }
    return cols.size() - 1;
  }
}
