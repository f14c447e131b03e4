package org.jixiao.ingest.pdf;

import java.util.List;

/**
 * Whether filled boxes on a page tile a grid: a table drawn as shaded cells with no line stroked, the cells a point or
 * two apart (an Excel print of a sheet with fills and no borders). A page's background, a highlighted word or a lone
 * shaded heading is no grid: {@value #MIN_CELLS} boxes or more must each touch another across a gap of at most
 * {@value #GAP} points along a shared edge, in two or more rows and two or more columns.
 */
final class CellFills {
  static final int MIN_CELLS = 6;
  static final double GAP = 2.5;

  private CellFills() {}

  /** Boxes as {x0, y0, x1, y1}. */
  static boolean tile(List<double[]> boxes) {
    if (boxes.size() < MIN_CELLS) {
      return false;
    }
    int touching = 0;
    java.util.Set<Long> rows = new java.util.HashSet<>();
    java.util.Set<Long> cols = new java.util.HashSet<>();
    for (double[] a : boxes) {
      boolean side = false;
      boolean below = false;
      for (double[] b : boxes) {
        if (a == b) {
          continue;
        }
        // side by side: a gap between their vertical edges, the same rows
        side |= gap(a[2], b[0]) && Math.abs(a[1] - b[1]) <= GAP && Math.abs(a[3] - b[3]) <= GAP;
        // one over the other: a gap between their horizontal edges, overlapping across
        below |= gap(a[3], b[1]) && Math.min(a[2], b[2]) - Math.max(a[0], b[0]) > GAP;
      }
      if (side || below) {
        touching++;
        rows.add(Math.round(a[1]));
        cols.add(Math.round(a[0]));
      }
    }
    return touching >= MIN_CELLS && rows.size() >= 2 && cols.size() >= 2;
  }

  private static boolean gap(double end, double start) {
    return start - end >= -0.5 && start - end <= GAP;
  }
}
