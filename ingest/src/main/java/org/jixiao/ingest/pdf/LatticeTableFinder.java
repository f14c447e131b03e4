package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jixiao.schema.TableMethod;

/**
 * Finds ruled ("lattice") tables, in the spirit of tabula's SpreadsheetExtractionAlgorithm:
 * collinear segments are merged, crossing rulings are grouped into one table each, the distinct
 * x and y rulings give the slot grid, and a missing inner ruling between two slots merges them
 * (row span or column span). Glyphs are assigned to cells by their centre.
 */
final class LatticeTableFinder {
  /** Positions closer than this (points) are the same ruling. */
  static final double TOL = 3.0;
  /** Collinear segments with a gap up to this are one ruling. */
  private static final double GAP = 1.5;

  /** Tables found, and the glyphs that lie in none of them. */
  record Result(List<PageTable> tables, List<Glyph> rest) {}

  private LatticeTableFinder() {}

  static Result find(int page, List<Ruling> raw, List<Glyph> glyphs) {
    List<Ruling> rulings = merge(raw);
    List<List<Ruling>> groups = Rulings.connected(rulings, TOL);
    List<PageTable> tables = new ArrayList<>();
    List<Glyph> rest = new ArrayList<>(glyphs);
    for (List<Ruling> g : groups) {
      List<Ruling> hs = g.stream().filter(Ruling::horizontal).toList();
      List<Ruling> vs = g.stream().filter(r -> !r.horizontal()).toList();
      if (hs.size() < 2 || vs.size() < 2) {
        continue;
      }
      List<Double> xs = boundaries(vs, hs);
      List<Double> ys = boundaries(hs, vs);
      if (xs.size() < 2 || ys.size() < 2) {
        continue;
      }
      List<Glyph> inside = new ArrayList<>();
      List<Glyph> outside = new ArrayList<>();
      for (Glyph gl : rest) {
        boolean in = gl.centreX() >= xs.get(0) && gl.centreX() <= xs.get(xs.size() - 1)
            && gl.centreY() >= ys.get(0) && gl.centreY() <= ys.get(ys.size() - 1);
        (in ? inside : outside).add(gl);
      }
      PageTable t = build(page, xs, ys, hs, vs, inside);
      // a single ruled box (a framed note) or an empty drawing is not a table: its text stays prose
      if (t.cells().size() < 2 || inside.isEmpty()) {
        continue;
      }
      tables.add(t);
      rest = outside;
    }
    tables.sort(Comparator.comparingDouble(PageTable::top));
    return new Result(tables, rest);
  }

  /** Collinear, overlapping or nearly touching segments merged into one ruling each. */
  static List<Ruling> merge(List<Ruling> raw) {
    List<Ruling> out = new ArrayList<>();
    for (boolean horizontal : new boolean[] {true, false}) {
      List<Ruling> same = new ArrayList<>(raw.stream().filter(r -> r.horizontal() == horizontal && r.length() > 1).toList());
      same.sort(Comparator.comparingDouble(Ruling::at));
      int i = 0;
      while (i < same.size()) {
        int j = i;
        while (j + 1 < same.size() && same.get(j + 1).at() - same.get(j).at() <= TOL / 2) {
          j++;
        }
        List<Ruling> line = new ArrayList<>(same.subList(i, j + 1));
        double at = line.stream().mapToDouble(Ruling::at).average().orElse(0);
        line.sort(Comparator.comparingDouble(Ruling::from));
        double from = line.get(0).from();
        double to = line.get(0).to();
        for (Ruling r : line.subList(1, line.size())) {
          if (r.from() <= to + GAP) {
            to = Math.max(to, r.to());
          } else {
            out.add(new Ruling(horizontal, at, from, to));
            from = r.from();
            to = r.to();
          }
        }
        out.add(new Ruling(horizontal, at, from, to));
        i = j + 1;
      }
    }
    return out;
  }

  /**
   * Distinct positions of {@code lines}, plus the outer ends of the crossing rulings where they
   * reach past the outermost line (a table drawn without side borders).
   */
  private static List<Double> boundaries(List<Ruling> lines, List<Ruling> crossing) {
    List<Double> at = new ArrayList<>(lines.stream().map(Ruling::at).sorted().toList());
    double lo = crossing.stream().mapToDouble(Ruling::from).min().orElse(at.get(0));
    double hi = crossing.stream().mapToDouble(Ruling::to).max().orElse(at.get(at.size() - 1));
    if (lo < at.get(0) - TOL) {
      at.add(0, lo);
    }
    if (hi > at.get(at.size() - 1) + TOL) {
      at.add(hi);
    }
    List<Double> out = new ArrayList<>();
    for (double a : at) {
      if (out.isEmpty() || a - out.get(out.size() - 1) > TOL) {
        out.add(a);
      }
    }
    return out;
  }

  private static PageTable build(int page, List<Double> xs, List<Double> ys, List<Ruling> hs, List<Ruling> vs, List<Glyph> glyphs) {
    int rows = ys.size() - 1;
    int cols = xs.size() - 1;
    int[] owner = new int[rows * cols];
    Arrays.fill(owner, -1);
    List<int[]> spans = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (owner[r * cols + c] >= 0) {
          continue;
        }
        int cs = 1;
        while (c + cs < cols && owner[r * cols + c + cs] < 0 && !hasLine(vs, xs.get(c + cs), ys.get(r), ys.get(r + 1))) {
          cs++;
        }
        int rs = 1;
        while (r + rs < rows && canGrowDown(r + rs, c, cs, owner, cols, xs, ys, hs, vs)) {
          rs++;
        }
        int id = spans.size();
        spans.add(new int[] {r, c, rs, cs});
        for (int i = r; i < r + rs; i++) {
          for (int k = c; k < c + cs; k++) {
            owner[i * cols + k] = id;
          }
        }
      }
    }
    List<List<Glyph>> byCell = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      byCell.add(new ArrayList<>());
    }
    for (Glyph g : glyphs) {
      int c = slot(xs, g.centreX());
      int r = slot(ys, g.centreY());
      if (c > 0 && g.x0() < xs.get(c) && CLOSING.indexOf(g.text()) >= 0 && g.text().length() == 1) {
        c--; // a name that overflows its cell: its closing bracket crosses the ruling ("食品安全监督抽检（批次）", h316)
      }
      byCell.get(owner[r * cols + c]).add(g);
    }
    List<PageTable.Cell> cells = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      int[] s = spans.get(i);
      cells.add(PageTable.Cell.of(s[0], s[1], s[2], s[3], byCell.get(i), xs.get(s[1]), xs.get(s[1] + s[3])));
    }
    return new PageTable(page, xs, ys, cells, TableMethod.LATTICE);
  }

  /** Marks that close what is before them and never open a cell's text. */
  private static final String CLOSING = "）)」』】〉》，。；：、";

  /** Row {@code r} joins the cell above when no ruling separates them and no inner column ruling splits it. */
  private static boolean canGrowDown(int r, int c, int cs, int[] owner, int cols, List<Double> xs, List<Double> ys, List<Ruling> hs, List<Ruling> vs) {
    for (int k = c; k < c + cs; k++) {
      if (owner[r * cols + k] >= 0 || hasLine(hs, ys.get(r), xs.get(k), xs.get(k + 1))) {
        return false;
      }
      if (k > c && hasLine(vs, xs.get(k), ys.get(r), ys.get(r + 1))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLine(List<Ruling> lines, double at, double a, double b) {
    for (Ruling l : lines) {
      if (Math.abs(l.at() - at) <= TOL && l.covers(a, b)) {
        return true;
      }
    }
    return false;
  }

  /** Index of the slot between consecutive bounds that holds {@code v}, clamped to the grid. */
  static int slot(List<Double> bounds, double v) {
    int i = 0;
    while (i < bounds.size() - 2 && v > bounds.get(i + 1)) {
      i++;
    }
    return i;
  }
}
