package org.jixiao.ingest.ocr;

/**
 * A ruling line found in the pixels: horizontal ({@code at} is its y) or vertical ({@code at} is
 * its x), spanning {@code [from, to]} along the other axis, {@code thickness} pixels thick, in image
 * pixels.
 */
public record Segment(boolean horizontal, int at, int from, int to, int thickness) {
  public int length() {
    return to - from;
  }

  /** True when this segment and {@code other} (of the other orientation) touch within {@code tol}. */
  boolean crosses(Segment other, int tol) {
    return horizontal != other.horizontal && other.at >= from - tol && other.at <= to + tol
        && at >= other.from - tol && at <= other.to + tol;
  }
}
