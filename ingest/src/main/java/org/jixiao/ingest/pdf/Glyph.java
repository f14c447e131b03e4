package org.jixiao.ingest.pdf;

/**
 * One visible character on a page, in top-down page coordinates (y grows downwards, origin at the
 * top-left of the displayed page, page rotation applied).
 *
 * @param baseline y of the text baseline
 * @param size the font size in points (at least 1), used for all spacing tolerances
 */
record Glyph(String text, double x0, double x1, double top, double baseline, double size) {

  double centreX() {
    return (x0 + x1) / 2;
  }

  double centreY() {
    return (top + baseline) / 2;
  }

  double height() {
    return baseline - top;
  }
}
