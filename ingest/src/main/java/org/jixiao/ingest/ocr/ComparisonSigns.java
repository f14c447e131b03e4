package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Comparison signs told apart by their ink, where the recognizer confuses them: at 150–200 dpi
 * Tesseract's Chinese model reads "≥" as "=" and "≤" as "<" with high confidence. A "=" is two
 * bars of the same width; a "≥" or "≤" is a chevron (rows narrower than the bar) over a bar, and
 * the chevron's point, right or left of its arms, says which.
 */
final class ComparisonSigns {
  /** A chevron's row spans under this share of the sign's width; a bar of "=" spans more. */
  private static final double NARROW = 0.75;
  /** A bar spans at least this share of the sign's width. */
  private static final double BAR_WIDTH = 0.7;

  private ComparisonSigns() {}

  /** The glyphs with each "=", "<", ">" that the ink shows is "≥" or "≤" replaced (box and confidence kept). */
  static List<OcrGlyph> restored(List<OcrGlyph> glyphs, InkMap ink) {
    List<OcrGlyph> out = new ArrayList<>(glyphs.size());
    for (OcrGlyph g : glyphs) {
      String sign = switch (g.text()) {
        case "=", "＝", "<", ">", "＜", "＞" -> sign(ink, g);
        default -> null;
      };
      out.add(sign == null ? g : new OcrGlyph(sign, g.x0(), g.x1(), g.top(), g.bottom(), g.confidence()));
    }
    return out;
  }

  /**
   * "≥" or "≤" when the glyph's ink is a chevron over a separate bar: wide rows at the foot, blank rows
   * above them, then rows narrower than the bar (a "=" has a second bar there), else null.
   */
  private static String sign(InkMap ink, OcrGlyph g) {
    int[] b = ink.bounds(g.x0(), g.top(), g.x1(), g.bottom());
    if (b == null || b[3] - b[1] < 5 || b[2] - b[0] < 3) {
      return null;
    }
    int w = b[2] - b[0];
    int y = b[3] - 1;
    while (y > b[1] && extent(ink, b, y) >= BAR_WIDTH * w) {
      y--;
    }
    if (y == b[3] - 1 || extent(ink, b, y) > 0) {
      return null;
    }
    while (y > b[1] && extent(ink, b, y) == 0) {
      y--;
    }
    int narrow = 0;
    for (int r = b[1]; r <= y; r++) {
      int e = extent(ink, b, r);
      if (e > 0 && e < NARROW * w) {
        narrow++;
      }
    }
    return narrow >= 2 ? pointing(ink, new int[] {b[0], b[1], b[2], y + 1}) : null;
  }

  /** How wide the ink on row {@code y} of the box spans (0 when the row is blank). */
  private static int extent(InkMap ink, int[] b, int y) {
    int first = -1;
    int last = -1;
    for (int x = b[0]; x < b[2]; x++) {
      if (ink.ink(x, y)) {
        if (first < 0) {
          first = x;
        }
        last = x;
      }
    }
    return first < 0 ? 0 : last - first + 1;
  }

  /** Which way the chevron in the top part of the box points: "≥" when its point is on the right. */
  private static String pointing(InkMap ink, int[] b) {
    int rows = b[3] - b[1];
    double top = centre(ink, b, b[1]);
    double middle = centre(ink, b, b[1] + Math.max(1, rows * 3 / 10));
    return middle > top ? "≥" : "≤";
  }

  /** Mean x of the ink on row {@code y} within the box's width. */
  private static double centre(InkMap ink, int[] b, int y) {
    long sum = 0;
    int n = 0;
    for (int x = b[0]; x < b[2]; x++) {
      if (ink.ink(x, y)) {
        sum += x;
        n++;
      }
    }
    return n == 0 ? (b[0] + b[2]) / 2.0 : (double) sum / n;
  }
}
