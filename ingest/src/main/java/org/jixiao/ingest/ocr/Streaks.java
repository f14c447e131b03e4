package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * A scanner's streak: dirt on the glass of a sheet-fed scanner or a fax draws one thin line down the whole page, along
 * the feed, through the table and its figures ("10" in a 分值 column cut in two). No ruling runs from the page's top
 * edge to its bottom edge (a page has margins), so a band a few pixels wide with ink on nearly every row, and nothing
 * else printed in the page's top or bottom margin, is the streak; it is painted out before the page is levelled and
 * its rulings found, where it would read as a column rule. A picture cropped to its table, whose rulings run from edge
 * to edge, has several such bands and ink in its margins: none is a streak.
 */
final class Streaks {
  /** A streak is at most this wide: dust, not a printed border. */
  static final double MAX_WIDTH_INCH = 0.02;
  /** Share of the page's rows a streak marks; a table's ruling stops at the page's margins, well short of it. */
  static final double MIN_COVER = 0.97;

  private Streaks() {}

  /**
   * The page with its streaks painted out where they run over paper; where a ruling or a stroke crosses one (ink on
   * both sides of it) its pixels stay, so the ruling is not cut and the figure keeps its shape. The page itself when it
   * has none.
   */
  static GreyImage removed(GreyImage page, InkMap ink, int dpi) {
    List<int[]> bands = find(ink, dpi);
    if (bands.isEmpty()) {
      return page;
    }
    byte[] px = page.pixels().clone();
    int w = page.width();
    for (int[] b : bands) {
      for (int y = 0; y < page.height(); y++) {
        boolean crossed = b[0] > 0 && b[2] < w && ink.ink(b[0] - 1, y) && ink.ink(b[2], y);
        if (!crossed) {
          java.util.Arrays.fill(px, y * w + b[0], y * w + b[2], (byte) 255);
        }
      }
    }
    return new GreyImage(w, page.height(), px);
  }

  /** The bands {x0, y0, x1, y1} of the page's streaks, each as tall as the page; none on most pages. */
  static List<int[]> find(InkMap ink, int dpi) {
    int w = ink.width();
    int h = ink.height();
    int[] count = new int[w];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (ink.ink(x, y)) {
          count[x]++;
        }
      }
    }
    int maxWidth = Math.max(2, (int) Math.round(MAX_WIDTH_INCH * dpi));
    List<int[]> out = new ArrayList<>();
    for (int x = 0; x < w; x++) {
      if (count[x] >= MIN_COVER * h) {
        int x1 = x;
        while (x1 < w && count[x1] >= MIN_COVER * h) {
          x1++;
        }
        if (x1 - x <= maxWidth) {
          out.add(new int[] {x, 0, x1, h});
        }
        x = x1;
      }
    }
    // a picture cropped to a table has its rulings run from edge to edge too: a streak is one or two lines through
    // the page's blank margin, above or below everything else
    if (out.size() > MAX_STREAKS || !blankOutside(ink, out, 0) && !blankOutside(ink, out, h - marginRows(h))) {
      return List.of();
    }
    return out;
  }

  /** More lines than this running the whole height are a table's rulings, not dirt on the glass. */
  static final int MAX_STREAKS = 2;
  /** The page's top and bottom margin, as a share of its height, that a streak crosses with nothing else printed. */
  private static final double MARGIN = 0.02;

  private static int marginRows(int h) {
    return Math.max(1, (int) Math.round(MARGIN * h));
  }

  private static boolean inBand(List<int[]> bands, int x) {
    for (int[] b : bands) {
      if (b[0] <= x && x < b[2]) {
        return true;
      }
    }
    return false;
  }

  /** Whether the margin's rows from {@code y0} hold no ink but in the bands. */
  private static boolean blankOutside(InkMap ink, List<int[]> bands, int y0) {
    int y1 = Math.min(ink.height(), y0 + marginRows(ink.height()));
    for (int y = y0; y < y1; y++) {
      for (int x = 0; x < ink.width(); x++) {
        if (ink.ink(x, y) && !inBand(bands, x)) {
          return false;
        }
      }
    }
    return true;
  }
}
