package org.jixiao.schema;

/**
 * 位置框: where a value is printed on a PDF page, in points from the top-left corner of the page as displayed
 * (crop box, rotation applied), so that a viewer can outline it on the rendered page.
 */
public record Box(double x, double y, double width, double height) {
  public Box {
    if (!(width >= 0 && height >= 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("bad box " + x + "," + y + " " + width + "x" + height);
    }
  }

  /** The box between two corners, rounded to a tenth of a point (what the JSON keeps). */
  public static Box between(double x0, double y0, double x1, double y1) {
    return new Box(tenth(Math.min(x0, x1)), tenth(Math.min(y0, y1)), tenth(Math.abs(x1 - x0)), tenth(Math.abs(y1 - y0)));
  }

  private static double tenth(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
