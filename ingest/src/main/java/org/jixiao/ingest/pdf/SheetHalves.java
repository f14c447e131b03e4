package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.ingest.GridBuilder;
import org.jixiao.ingest.GridCell;
import org.jixiao.schema.Box;
import org.jixiao.schema.TableMethod;
import org.jspecify.annotations.Nullable;

/**
 * A worksheet printed two pages wide (h237): Excel prints the columns that do not fit on the next page, at the same
 * heights, with no row labels, so page 1 holds 一级…实际完成值 and page 2 分值, 得分, 评分标准 of the same rows. The
 * first ruled table of a page whose rows lie at exactly the heights of the last ruled table of the page before, over
 * other columns, is that table's right-hand half and is joined to it, each cell keeping its own page and box.
 *
 * <p>Not joined: a form printed again on the next page (the same column boundaries: several projects' forms, one per
 * page), or tables whose rows differ in number or height. A title column Excel repeats on every page (打印标题列)
 * is dropped from the right-hand half when it repeats the left half's first column word for word.
 */
final class SheetHalves {
  /** Points two printed row or column edges may differ by and still be the same edge. */
  private static final double TOL = LatticeTableFinder.TOL;

  private SheetHalves() {}

  /** Whether {@code right} (first table of the next page) is the right-hand half of {@code left} (last of its page). */
  static boolean halves(GridBuilder left, GridBuilder right) {
    if (left.method() != TableMethod.LATTICE || right.method() != TableMethod.LATTICE || left.page() == null
        || right.page() == null || right.page() != left.page() + 1 || left.rows() != right.rows() || left.rows() < 2
        || !onePage(left) || !onePage(right)) {
      return false;
    }
    Map<Integer, double[]> a = rowEdges(left);
    Map<Integer, double[]> b = rowEdges(right);
    int compared = 0;
    for (Map.Entry<Integer, double[]> e : a.entrySet()) {
      double[] other = b.get(e.getKey());
      if (other == null) {
        continue;
      }
      if (Math.abs(e.getValue()[0] - other[0]) > TOL || Math.abs(e.getValue()[1] - other[1]) > TOL) {
        return false;
      }
      compared++;
    }
    return 2 * compared >= left.rows() && !sameColumns(left, right);
  }

  /** The two halves as one grid: the right half's columns after the left's (less a repeated title column). */
  static GridBuilder joined(GridBuilder left, GridBuilder right) {
    int drop = repeatsTitleColumn(left, right) ? 1 : 0;
    GridBuilder out = new GridBuilder();
    for (GridCell c : left.origins()) {
      out.cell(c.row(), c.col(), c.rowSpan(), c.colSpan(), c.text(), c.page(), c.ocr(), c.box());
    }
    for (GridCell c : right.origins()) {
      if (c.col() < drop) {
        continue;
      }
      out.cell(c.row(), left.cols() + c.col() - drop, c.rowSpan(), c.colSpan(), c.text(), c.page(), c.ocr(), c.box());
    }
    out.ensureSize(left.rows(), left.cols() + right.cols() - drop);
    out.page(left.page());
    return out.method(TableMethod.LATTICE);
  }

  private static boolean onePage(GridBuilder g) {
    return g.origins().stream().allMatch(c -> c.page() == null || c.page().equals(g.page()) && c.box() != null);
  }

  /** Per row, the top of the cells that start on it and the bottom of those that end on it (where any do). */
  private static Map<Integer, double[]> rowEdges(GridBuilder g) {
    Map<Integer, double[]> tops = new TreeMap<>();
    Map<Integer, Double> bottoms = new TreeMap<>();
    for (GridCell c : g.origins()) {
      Box b = c.box();
      if (b == null) {
        continue;
      }
      tops.merge(c.row(), new double[] {b.y(), Double.NaN}, (x, y) -> x[0] <= y[0] ? x : y);
      bottoms.merge(c.row() + c.rowSpan() - 1, b.y() + b.height(), Math::max);
    }
    Map<Integer, double[]> out = new TreeMap<>();
    tops.forEach((r, t) -> {
      Double bottom = bottoms.get(r);
      if (bottom != null) {
        out.put(r, new double[] {t[0], bottom});
      }
    });
    return out;
  }

  /** The same column edges: the same form printed again, not its other half. */
  private static boolean sameColumns(GridBuilder a, GridBuilder b) {
    List<Double> xa = columnEdges(a);
    List<Double> xb = columnEdges(b);
    if (xa.size() != xb.size()) {
      return false;
    }
    for (int i = 0; i < xa.size(); i++) {
      if (Math.abs(xa.get(i) - xb.get(i)) > TOL) {
        return false;
      }
    }
    return true;
  }

  private static List<Double> columnEdges(GridBuilder g) {
    List<Double> xs = new ArrayList<>();
    for (GridCell c : g.origins()) {
      Box b = c.box();
      if (b != null) {
        add(xs, b.x());
        add(xs, b.x() + b.width());
      }
    }
    xs.sort(null);
    return xs;
  }

  private static void add(List<Double> xs, double x) {
    if (xs.stream().noneMatch(v -> Math.abs(v - x) <= TOL)) {
      xs.add(x);
    }
  }

  /** The right half's first column holds the left half's first column word for word, on every row with text. */
  private static boolean repeatsTitleColumn(GridBuilder left, GridBuilder right) {
    int same = 0;
    for (int r = 0; r < left.rows(); r++) {
      String a = textAt(left, r, 0);
      String b = textAt(right, r, 0);
      if (a == null || b == null || !a.equals(b)) {
        if ((a != null && !a.isEmpty()) || (b != null && !b.isEmpty())) {
          return false;
        }
      } else if (!a.isEmpty()) {
        same++;
      }
    }
    return same > 0;
  }

  private static @Nullable String textAt(GridBuilder g, int row, int col) {
    for (GridCell c : g.origins()) {
      if (c.row() == row && c.col() == col) {
        return c.text();
      }
    }
    return null;
  }
}
