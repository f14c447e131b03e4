package org.jixiao.ingest.pdf;

/**
 * A drawn horizontal or vertical line segment in top-down page coordinates: {@code at} is its y
 * (horizontal) or x (vertical), {@code [from, to]} its extent along the other axis.
 */
record Ruling(boolean horizontal, double at, double from, double to) {
  Ruling {
    if (to < from) {
      double t = to;
      to = from;
      from = t;
    }
  }

  double length() {
    return to - from;
  }

  /** True when this ruling covers the middle of {@code [a, b]} and at least 60% of it. */
  boolean covers(double a, double b) {
    double mid = (a + b) / 2;
    double overlap = Math.min(to, b) - Math.max(from, a);
    return from <= mid && to >= mid && overlap >= 0.6 * (b - a);
  }

  /** True when this ruling and {@code other} (of the other orientation) touch within {@code tol}. */
  boolean crosses(Ruling other, double tol) {
    return horizontal != other.horizontal
        && other.at >= from - tol
        && other.at <= to + tol
        && at >= other.from - tol
        && at <= other.to + tol;
  }
}
