package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A page scanned in two passes and stitched (an A3 form on an A4 flatbed, h524): each half lies at its own slant and
 * the right one a few pixels higher or lower, so the rulings step at the seam, and the half slanted most loses its long
 * rulings (a slanted line is as thick as it falls, and thicker than {@link LineFinder#MAX_THICKNESS_INCH} is a filled
 * shape), so that no table closes. The seam is the column where several lines end and as many begin; the page is
 * mended by levelling each half on its own and moving the right half to line its rulings up with the left's.
 */
final class Seam {
  /** At least this many rulings end at the seam and as many begin there (two pixel rows or more each). */
  static final int MIN_RULINGS = 3;
  /** The seam's column has this many times the rows of any other column (two pixels off or more). */
  static final int STANDS_OUT = 3;
  private static final int AT_SEAM = 2;
  /** A run of ink at least this long in a pixel row is a line's (a ruling's), not a character's dot or short stroke. */
  static final double LINE_INCH = 0.1;
  /** The halves' rulings are paired across the seam when their heights differ by up to this. */
  static final double PAIR_INCH = 0.05;

  private Seam() {}

  /**
   * The column where the page was stitched, from its ink: in several pixel rows a line ends just before it, and in as
   * many a line begins at it (the halves' rulings, slanted or moved apart, meet there but do not join). On a page printed
   * whole, a line ends at a border or at paper, and the next line begins elsewhere. Sought in the page's middle half,
   * where a flatbed's two passes over a wide sheet meet; none when no column has {@link #MIN_RULINGS} rulings' worth, or
   * when another column has a third as many (a scan of print at low resolution has lines ending and beginning here and
   * there: s09, 12 rows at its best column and 7 at the next).
   */
  static OptionalInt find(InkMap ink, int dpi) {
    int run = (int) Math.round(LINE_INCH * dpi);
    int lo = ink.width() / 4;
    int hi = ink.width() * 3 / 4;
    int[] ends = new int[ink.width() + 1];
    int[] begins = new int[ink.width() + 1];
    for (int y = 0; y < ink.height(); y++) {
      int start = -1;
      for (int x = 0; x <= ink.width(); x++) {
        boolean on = x < ink.width() && ink.ink(x, y);
        if (on && start < 0) {
          start = x;
        } else if (!on && start >= 0) {
          if (x - start >= run) {
            begins[start]++;
            ends[x]++;
          }
          start = -1;
        }
      }
    }
    int best = -1;
    int bestRows = 0;
    for (int x = lo; x < hi; x++) {
      int rows = Math.min(ends[x], begins[x]);
      if (rows > bestRows) {
        best = x;
        bestRows = rows;
      }
    }
    int next = 0; // the best column elsewhere: a seam stands out; on a page printed whole, lines end and begin here and there
    for (int x = lo; x < hi; x++) {
      if (Math.abs(x - best) > AT_SEAM) {
        next = Math.max(next, Math.min(ends[x], begins[x]));
      }
    }
    return bestRows >= MIN_RULINGS * Math.max(2, dpi / 100) && bestRows >= STANDS_OUT * next ? OptionalInt.of(best)
        : OptionalInt.empty();
  }

  /**
   * How to mend a page stitched at column {@code seam}: its halves levelled apart (each by its own angle) and the right
   * one moved up by {@code dy} pixels to line its rulings up with the left's; applied alike to the page and to its red
   * print.
   */
  record Mend(int seam, double leftAngle, double rightAngle, int dy) {
    GreyImage apply(GreyImage page) {
      return levelled(page.crop(0, 0, seam, page.height()), leftAngle)
          .beside(levelled(page.crop(seam, 0, page.width() - seam, page.height()), rightAngle), dy);
    }
  }

  /** The mend for {@code page} stitched at column {@code seam}. */
  static Mend mend(GreyImage page, int seam, int dpi) {
    GreyImage left = page.crop(0, 0, seam, page.height());
    GreyImage right = page.crop(seam, 0, page.width() - seam, page.height());
    double leftAngle = Skew.angle(InkMap.of(left));
    double rightAngle = Skew.angle(InkMap.of(right));
    int dy = offset(LineFinder.find(InkMap.of(levelled(left, leftAngle)), dpi),
        LineFinder.find(InkMap.of(levelled(right, rightAngle)), dpi), seam, dpi);
    return new Mend(seam, leftAngle, rightAngle, dy);
  }

  private static GreyImage levelled(GreyImage half, double angle) {
    return Math.abs(angle) >= Skew.NEGLIGIBLE ? half.rotated(angle) : half;
  }

  /**
   * How far the right half's rulings lie below the left's (the median over the pairs that meet at the seam), 0 when none
   * pair: the halves were levelled apart, so one shift lines up every row.
   */
  static int offset(List<Segment> left, List<Segment> right, int seam, int dpi) {
    int near = (int) Math.round(LineFinder.BRIDGE_INCH * dpi);
    int pair = (int) Math.round(PAIR_INCH * dpi);
    List<Integer> steps = new ArrayList<>();
    for (Segment l : left) {
      if (!l.horizontal() || l.to() < seam - near) {
        continue;
      }
      right.stream().filter(r -> r.horizontal() && r.from() <= near && Math.abs(r.at() - l.at()) <= pair)
          .min(java.util.Comparator.comparingInt(r -> Math.abs(r.at() - l.at())))
          .ifPresent(r -> steps.add(r.at() - l.at()));
    }
    if (steps.isEmpty()) {
      return 0;
    }
    steps.sort(null);
    return steps.get(steps.size() / 2);
  }
}
