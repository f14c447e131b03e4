package org.jixiao.ingest.pdf;

/**
 * One visible character on a page, in top-down page coordinates (y grows downwards, origin at the
 * top-left of the displayed page, page rotation applied).
 *
 * @param baseline y of the text baseline
 * @param size the font size in points (at least 1), used for all spacing tolerances
 * @param confidence OCR recognition confidence 0–100; {@link #PRINTED} for a text layer's character
 * @param upward drawn turned to read upwards (text direction 90°), as a label set sideways in a narrow merged column
 */
record Glyph(String text, double x0, double x1, double top, double baseline, double size, float confidence, boolean upward) {
  /** The confidence of a character read from a text layer: certain. */
  static final float PRINTED = 100;

  Glyph(String text, double x0, double x1, double top, double baseline, double size) {
    this(text, x0, x1, top, baseline, size, PRINTED, false);
  }

  Glyph(String text, double x0, double x1, double top, double baseline, double size, float confidence) {
    this(text, x0, x1, top, baseline, size, confidence, false);
  }

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
