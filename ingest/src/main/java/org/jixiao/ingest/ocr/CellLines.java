package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * The text lines of one table cell, from the horizontal projection of its ink: bands of rows with ink
 * separated by blank rows. A band much lower than the tallest (a stroke of 三 or =, a stray dot) is not
 * a line of its own and joins its nearer neighbour. Each line is returned cropped to its ink with a
 * pixel to spare: a crop on the ink itself cuts the anti-aliased edges, and "83.3%" reads "83.39%".
 */
final class CellLines {
  /** A band lower than this share of the tallest band is part of a neighbouring line. */
  private static final double MIN_LINE_SHARE = 0.55;
  /** Nor is a band lower than this (under two thirds of a 10.5 pt character): a cell of "=" alone is one line. */
  private static final double MIN_LINE_INCH = 0.06;

  private CellLines() {}

  /** The lines inside {@code box} ({x0, y0, x1, y1}), top to bottom, each {x0, y0, x1, y1} around its ink. */
  static List<int[]> of(InkMap ink, int[] box, int dpi) {
    List<int[]> bands = new ArrayList<>();
    int start = -1;
    for (int y = box[1]; y <= box[3]; y++) {
      boolean inked = y < box[3] && ink.count(box[0], y, box[2], y + 1) > 0;
      if (inked && start < 0) {
        start = y;
      } else if (!inked && start >= 0) {
        bands.add(new int[] {start, y});
        start = -1;
      }
    }
    int tallest = 0;
    for (int[] b : bands) {
      tallest = Math.max(tallest, b[1] - b[0]);
    }
    // the lowest band first joins a neighbour, until every band is a line's height
    while (bands.size() > 1) {
      int low = 0;
      for (int i = 1; i < bands.size(); i++) {
        if (bands.get(i)[1] - bands.get(i)[0] < bands.get(low)[1] - bands.get(low)[0]) {
          low = i;
        }
      }
      int[] b = bands.get(low);
      if (b[1] - b[0] >= Math.max(MIN_LINE_SHARE * tallest, MIN_LINE_INCH * dpi)) {
        break;
      }
      int gapAbove = low > 0 ? b[0] - bands.get(low - 1)[1] : Integer.MAX_VALUE;
      int gapBelow = low + 1 < bands.size() ? bands.get(low + 1)[0] - b[1] : Integer.MAX_VALUE;
      int other = gapAbove <= gapBelow ? low - 1 : low + 1;
      int[] o = bands.get(other);
      bands.set(Math.min(low, other), new int[] {Math.min(b[0], o[0]), Math.max(b[1], o[1])});
      bands.remove(Math.max(low, other));
    }
    List<int[]> lines = new ArrayList<>(bands.size());
    for (int[] b : bands) {
      int[] around = ink.bounds(box[0], b[0], box[2], b[1]);
      if (around != null) {
        lines.add(new int[] {around[0] - 1, around[1] - 1, around[2] + 1, around[3] + 1});
      }
    }
    return lines;
  }
}
