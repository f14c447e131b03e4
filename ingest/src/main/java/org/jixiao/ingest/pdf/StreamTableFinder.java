package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Tables without rulings (borderless tables printed by reporting systems, or Word tables with
 * all borders off), found by column alignment in the spirit of tabula's stream mode and Nurminen's
 * detector, but conservative: a false table is worse than a paragraph.
 *
 * <p>A candidate is a run of close lines that opens and closes with a line split by wide gaps into
 * chunks (a rich line); inside it, up to {@value #MAX_THIN} lines in a row may have a single chunk
 * when each overlaps one chunk of the lines beside it (a cell's text wrapping inside its
 * column), never when it opens an outline item (一、…, a section heading between two tables)
 * unless it is a {@linkplain #groupHeading group heading} inside the table: then it becomes a row of
 * one cell across all the columns, kept out of the columns' extents. A
 * first or last line whose chunks do not fall into the columns of the rest (a title, a 部门名称 …
 * 金额单位 line, a 自评得分 line) is left out. {@link StreamGrid} then finds the columns, rows and
 * cells; it needs {@value StreamGrid#MIN_COLS} columns and {@value StreamGrid#MIN_ROWS} rows that
 * fill that many.
 */
final class StreamTableFinder {
  /** A gap wider than this many font sizes separates two columns. */
  static final double COLUMN_GAP = 1.0;
  /** Lines further apart than this many font sizes are not in the same table... */
  private static final double ROW_GAP = 1.5;
  /** ... unless the lower one lines up with the table's columns (rows set apart); never further than this. */
  private static final double LOOSE_ROW_GAP = 2.2;
  /** Consecutive single-chunk lines a table may hold (a cell wrapping over several lines). */
  static final int MAX_THIN = 3;

  /** Tables found, and the lines not in any of them. */
  record Result(List<PageTable> tables, List<TextLine> rest) {}

  /** Glyphs of one line between two wide gaps. */
  record Chunk(double x0, double x1, List<Glyph> glyphs) {}

  private StreamTableFinder() {}

  /** Labels a line of figures must have, one over each, before two lines are a table. */
  static final int MIN_LABELLED_FIGURES = 4;

  /**
   * A line of labels over a line of figures: as many chunks on each, each figure under its label (their spans overlap),
   * {@value #MIN_LABELLED_FIGURES} or more figures (the line may open with its own label), and no figure among the labels.
   */
  static boolean labelsOverFigures(List<Chunk> labels, List<Chunk> values) {
    if (labels.size() != values.size() || labels.size() < MIN_LABELLED_FIGURES) {
      return false;
    }
    int figures = 0;
    for (int k = 0; k < labels.size(); k++) {
      Chunk l = labels.get(k);
      Chunk v = values.get(k);
      if (isFigure(l) || Math.min(l.x1(), v.x1()) <= Math.max(l.x0(), v.x0())) {
        return false;
      }
      if (isFigure(v)) {
        figures++;
      } else if (k > 0) {
        return false;
      }
    }
    return figures >= MIN_LABELLED_FIGURES;
  }

  /** Digits with their separators, point, sign and percent only ("1,850.00", "94.30%", "—" is no figure). */
  private static boolean isFigure(Chunk c) {
    boolean digit = false;
    for (Glyph g : c.glyphs()) {
      for (char ch : g.text().toCharArray()) {
        if (Character.isDigit(ch)) {
          digit = true;
        } else if (",.%‰-+，．％".indexOf(ch) < 0) {
          return false;
        }
      }
    }
    return digit;
  }

  static Result find(int page, List<TextLine> lines) {
    return find(page, lines, null);
  }

  /**
   * The tables of a page; {@code carried}, when not null, is the borderless table at the foot of
   * the page before, which the lines at the top of this page may continue.
   */
  static Result find(int page, List<TextLine> lines, @Nullable Carried carried) {
    List<PageTable> tables = new ArrayList<>();
    List<TextLine> rest = new ArrayList<>();
    List<List<Chunk>> chunks = lines.stream().map(StreamTableFinder::chunks).toList();
    int i = 0;
    while (i < lines.size()) {
      int end = runEnd(lines, chunks, i);
      // a group heading at the top of a page opens the rest of the table carried from the page before
      boolean lead = end == i && carried != null && (i == 0 || lines.get(i).top() <= carried.band())
          && i + 1 < lines.size() && chunks.get(i).size() == 1 && chunks.get(i + 1).size() >= 2
          && LineBreaks.startsOutline(lines.get(i).text());
      if (lead) {
        end = runEnd(lines, chunks, i + 1);
      }
      // group headings across the table give no columns: their chunks are left out, their lines
      // become rows of their own
      List<TextLine> headings = new ArrayList<>();
      List<List<Chunk>> cells = new ArrayList<>();
      for (int k = i; k < end; k++) {
        boolean heading = (k > i || lead) && k + 1 < end && chunks.get(k).size() == 1 && chunks.get(k + 1).size() >= 2
            && LineBreaks.startsOutline(lines.get(k).text());
        if (heading) {
          headings.add(lines.get(k));
        }
        cells.add(heading ? List.of() : chunks.get(k));
      }
      // the run's chunks cut where other lines show a column gap (header words set close together)
      List<List<Chunk>> run = end > i ? ColumnSplit.split(cells) : List.of();
      PageTable t = carried == null || i > 0 && lines.get(i).top() > carried.band() ? null
          : continuation(page, lines.subList(i, end), run, carried.xs(), headings);
      int from = 0;
      int to = end - i;
      if (t == null && to == 2 && labelsOverFigures(run.get(0), run.get(1))) {
        // a form's head block of one label line over one line of figures (项目资金 | 年初预算数 | … over 年度资金总额 | 600.00
        // | …, h205): too few lines for a table by themselves, but each figure stands under its label
        t = StreamGrid.table(page, lines.subList(i, end), run, StreamGrid.columns(run), 2, headings);
      }
      while (t == null && to - from >= StreamGrid.MIN_ROWS) { // a continuation found above takes the whole run
        List<double[]> cols = StreamGrid.columns(run.subList(from + 1, to));
        if (!fits(run.get(from), cols) || !fits(run.get(from), StreamGrid.columns(richest(run.subList(from + 1, to))))) {
          // nor a form's label and value lines above a grid of figures, whose wide values would merge its columns
          from = nextRich(run, from + 1, to);
          continue;
        }
        cols = StreamGrid.columns(run.subList(from, to - 1));
        if (!fits(run.get(to - 1), cols)) {
          to = previousRich(run, from, to - 1);
          continue;
        }
        t = StreamGrid.table(page, lines.subList(i + from, i + to), run.subList(from, to), headings);
        if (t == null) {
          break;
        }
      }
      if (t != null) {
        rest.addAll(lines.subList(i, i + from));
        tables.add(t);
        i += to;
      } else {
        rest.add(lines.get(i));
        i++;
      }
    }
    return new Result(tables, rest);
  }

  /**
   * A borderless table at the foot of the previous page, which may go on at the top of this one.
   *
   * @param xs its column boundaries
   * @param band how far down this page (top-down) a continuation may start when lines stand above
   *     it: below a running header only
   */
  record Carried(List<Double> xs, double band) {}

  /**
   * The run as the rest of the table carried from the previous page: every chunk lies between two
   * of its column boundaries and some line fills {@value StreamGrid#MIN_COLS} of its columns. Such
   * a continuation may hold one or two rows only (no header, a page break near the end).
   */
  private static @Nullable PageTable continuation(int page, List<TextLine> lines, List<List<Chunk>> run, List<Double> xs,
      List<TextLine> headings) {
    List<double[]> cols = new ArrayList<>();
    for (int c = 0; c + 1 < xs.size(); c++) {
      cols.add(new double[] {xs.get(c), xs.get(c + 1)});
    }
    double tol = LatticeTableFinder.TOL;
    for (List<Chunk> line : run) {
      for (Chunk ch : line) {
        boolean inside = cols.stream().anyMatch(c -> ch.x0() >= c[0] - tol && ch.x1() <= c[1] + tol);
        if (!inside) {
          return null;
        }
      }
    }
    return run.isEmpty() ? null : StreamGrid.table(page, lines, run, cols, 1, headings);
  }

  /** End (exclusive) of the candidate run opening at {@code i}, closed by its last rich line; i when none. */
  private static int runEnd(List<TextLine> lines, List<List<Chunk>> chunks, int i) {
    if (chunks.get(i).size() < 2) {
      return i;
    }
    int lastRich = i;
    int thin = 0;
    int body = i; // the first line whose chunks give the run's columns
    int j = i + 1;
    for (; j < lines.size(); j++) {
      TextLine prev = lines.get(j - 1);
      double gap = lines.get(j).top() - prev.bottom();
      boolean loose = gap >= ROW_GAP * prev.size();
      boolean heading = groupHeading(lines, chunks, body, j);
      if (loose && j == i + 1 && heads(lines, chunks, i)) {
        body = j; // the header's narrow labels do not give the columns the rows below are aligned with
      } else if (gap >= LOOSE_ROW_GAP * prev.size()
          || loose && !heading && !alignedBelow(chunks, body, j) && !opensTallRow(lines, chunks, body, j)) {
        break;
      }
      if (chunks.get(j).size() >= 2) {
        lastRich = j;
        thin = 0;
      } else if (heading) {
        thin = 0;
      } else if (thin < MAX_THIN && !LineBreaks.startsOutline(lines.get(j).text())
          && (wraps(chunks, j) || inOneColumn(lines, chunks, body, j))) {
        thin++;
      } else {
        break;
      }
    }
    int end = lastRich + 1;
    // the last row's cell wrapping below its other cells: a line overlapping the one above, or a
    // line set at a wrap's pitch inside one column ("社会效益|指标" at the foot of a page)
    List<double[]> cols = StreamGrid.columns(chunks.subList(i, end));
    while (end < j && (lines.get(end).top() < lines.get(end - 1).bottom() || wrapBelow(lines, chunks, end, cols))) {
      end++;
    }
    return end;
  }

  private static boolean wrapBelow(List<TextLine> lines, List<List<Chunk>> chunks, int k, List<double[]> cols) {
    TextLine l = lines.get(k);
    Chunk c = chunks.get(k).get(0);
    double slack = 0.5 * l.size();
    return l.bottom() - lines.get(k - 1).bottom() < StreamGrid.WRAP_PITCH * l.size()
        && cols.stream().anyMatch(col -> c.x0() >= col[0] - slack && c.x1() <= col[1] + slack);
  }

  /**
   * Line {@code j} is a group heading inside the table run whose columns start at line {@code body}
   * ("二、产出指标（分值40分，得分40分）" printed across a table that has no 一级指标 column): one chunk
   * opening an outline item, lying across two or more of the run's columns (a cell wrapping in its
   * column lies under one), with the next line close below it and a row of the same columns (a
   * section heading between two tables is followed by another table's columns or by prose).
   */
  private static boolean groupHeading(List<TextLine> lines, List<List<Chunk>> chunks, int body, int j) {
    if (chunks.get(j).size() != 1 || j + 1 >= lines.size() || !LineBreaks.startsOutline(lines.get(j).text())
        || lines.get(j + 1).top() - lines.get(j).bottom() >= ROW_GAP * lines.get(j).size()) {
      return false;
    }
    List<List<Chunk>> table = new ArrayList<>();
    for (int k = body; k < j; k++) {
      if (chunks.get(k).size() >= 2) {
        table.add(chunks.get(k));
      }
    }
    if (table.isEmpty()) {
      return false;
    }
    Chunk c = chunks.get(j).get(0);
    List<double[]> cols = StreamGrid.columns(ColumnSplit.split(table));
    long across = cols.stream().filter(o -> c.x0() < o[1] && c.x1() > o[0]).count();
    table.add(chunks.get(j + 1));
    List<List<Chunk>> cut = ColumnSplit.split(table);
    return across >= 2 && cols.size() >= StreamGrid.MIN_COLS
        && alignedRow(cut.get(cut.size() - 1), StreamGrid.columns(cut.subList(0, cut.size() - 1)));
  }

  /**
   * Line {@code j} opens a row of the table run from {@code i}, its chunks and the run's cut where
   * the other lines show a column gap: cells set closer than a column gap (a centred 一级 name
   * beside the 二级 one, two wrapped values side by side) would otherwise straddle two columns.
   */
  private static boolean alignedBelow(List<List<Chunk>> chunks, int i, int j) {
    List<List<Chunk>> cut = ColumnSplit.split(chunks.subList(i, j + 1));
    return alignedRow(cut.get(cut.size() - 1), StreamGrid.columns(cut.subList(0, cut.size() - 1)));
  }

  /**
   * Line {@code i} heads the table run opening on the line below it, set a blank band apart: its
   * chunks lie one under each of {@value StreamGrid#MIN_COLS} or more of the run's columns, none
   * under two and none beside them. Header labels centred over left-aligned cells are narrower
   * than their columns, so the header's own chunks cannot give the columns ({@link #alignedRow}
   * fails on them); the run below can.
   */
  private static boolean heads(List<TextLine> lines, List<List<Chunk>> chunks, int i) {
    int end = runEnd(lines, chunks, i + 1);
    if (end - (i + 1) < StreamGrid.MIN_ROWS || chunks.get(i).size() < StreamGrid.MIN_COLS) {
      return false;
    }
    List<double[]> cols = StreamGrid.columns(ColumnSplit.split(chunks.subList(i + 1, end)));
    java.util.BitSet headed = new java.util.BitSet();
    for (Chunk c : chunks.get(i)) {
      List<Integer> under = new ArrayList<>();
      for (int k = 0; k < cols.size(); k++) {
        if (c.x0() < cols.get(k)[1] && c.x1() > cols.get(k)[0]) {
          under.add(k);
        }
      }
      if (under.size() != 1 || headed.get(under.getFirst())) {
        return false;
      }
      headed.set(under.getFirst());
    }
    return headed.cardinality() >= StreamGrid.MIN_COLS;
  }

  /**
   * A line that opens a row of a loosely spaced table (rows set one or two blank lines apart): it
   * has several chunks, at least two of them under the run's columns so far, none under two of
   * them, and none in a gap between two of them (a chunk there starts another block: a 预期目标
   * column under a budget block). A chunk beside all the columns fills a column left empty so far
   * (合计 at the left of a continuation page).
   */
  private static boolean alignedRow(List<Chunk> line, List<double[]> cols) {
    if (line.size() < 2 || cols.isEmpty()) {
      return false;
    }
    double left = cols.get(0)[0];
    double right = cols.get(cols.size() - 1)[1];
    int under = 0;
    for (Chunk c : line) {
      long n = cols.stream().filter(o -> c.x0() < o[1] && c.x1() > o[0]).count();
      if (n > 1 || n == 0 && c.x1() > left && c.x0() < right) {
        return false;
      }
      under += (int) n;
    }
    return under >= 2;
  }

  /**
   * Line {@code j} has one chunk, and it overlaps exactly one chunk of each neighbouring line
   * that has any overlap with it (a cell's text wrapping inside its column); a heading across
   * several columns overlaps more.
   */
  private static boolean wraps(List<List<Chunk>> chunks, int j) {
    Chunk c = chunks.get(j).get(0);
    boolean any = false;
    for (int k : new int[] {j - 1, j + 1}) {
      if (k >= 0 && k < chunks.size()) {
        long n = chunks.get(k).stream().filter(o -> c.x0() < o.x1() && c.x1() > o.x0()).count();
        if (n > 1) {
          return false;
        }
        any |= n == 1;
      }
    }
    return any;
  }

  /**
   * Line {@code j} is the first line of a cell that wraps above its row's middle line, set a row's gap below the table so
   * far: its one chunk inside one column, and the next line, close below, a row of the table's columns.
   */
  private static boolean opensTallRow(List<TextLine> lines, List<List<Chunk>> chunks, int body, int j) {
    return chunks.get(j).size() == 1 && j + 1 < lines.size() && chunks.get(j + 1).size() >= 2
        && lines.get(j + 1).top() - lines.get(j).bottom() < ROW_GAP * lines.get(j).size()
        && !LineBreaks.startsOutline(lines.get(j).text()) && inOneColumn(lines, chunks, body, j)
        && alignedBelow(chunks, body, j + 1);
  }

  /**
   * Line {@code j}'s one chunk lies inside one column of the run's rich lines so far: a cell wrapping above and below
   * the middle line of its row, whose other cells are centred on that line (a 三线表's tall rows), has no chunk beside it
   * on the lines next to it, yet stays in its column.
   */
  private static boolean inOneColumn(List<TextLine> lines, List<List<Chunk>> chunks, int body, int j) {
    List<List<Chunk>> rich = new ArrayList<>();
    for (int k = body; k < j; k++) {
      if (chunks.get(k).size() >= 2) {
        rich.add(chunks.get(k));
      }
    }
    if (rich.size() < StreamGrid.MIN_ROWS) {
      return false;
    }
    Chunk c = chunks.get(j).get(0);
    List<double[]> cols = StreamGrid.columns(ColumnSplit.split(rich));
    if (cols.size() < StreamGrid.MIN_COLS) {
      return false;
    }
    // between its neighbours' edges, not inside the column's own: a centred wrapped line may be wider than the
    // column's other cells
    for (int k = 0; k < cols.size(); k++) {
      double left = k == 0 ? Double.NEGATIVE_INFINITY : cols.get(k - 1)[1];
      double right = k + 1 == cols.size() ? Double.POSITIVE_INFINITY : cols.get(k + 1)[0];
      if (c.x0() < cols.get(k)[1] && c.x1() > cols.get(k)[0]) {
        return c.x0() > left && c.x1() < right;
      }
    }
    return false;
  }

  /** No chunk of the line straddles two columns (one in no column may head a column of its own). */
  private static boolean fits(List<Chunk> line, List<double[]> cols) {
    for (Chunk ch : line) {
      long n = cols.stream().filter(c -> ch.x0() < c[1] && ch.x1() > c[0]).count();
      if (n > 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * The lines with the most chunks, when they are at least {@value StreamGrid#MIN_ROWS} and hold twice the chunks of a
   * label–value line: the grid's own rows; else all lines.
   */
  private static List<List<Chunk>> richest(List<List<Chunk>> lines) {
    int most = lines.stream().mapToInt(List::size).max().orElse(0);
    List<List<Chunk>> rich = lines.stream().filter(l -> l.size() == most).toList();
    return most >= 4 && rich.size() >= StreamGrid.MIN_ROWS ? rich : lines;
  }

  private static int nextRich(List<List<Chunk>> chunks, int from, int to) {
    int k = from;
    while (k < to && chunks.get(k).size() < 2) {
      k++;
    }
    return k;
  }

  private static int previousRich(List<List<Chunk>> chunks, int from, int to) {
    int k = to;
    while (k > from && chunks.get(k - 1).size() < 2) {
      k--;
    }
    return k;
  }

  static List<Chunk> chunks(TextLine line) {
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
}
