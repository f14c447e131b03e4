package org.jixiao.ingest.ocr;

import java.util.List;

/**
 * Recognizes one table cell on its own crop, as a block of text. A cell of a numeric column, or one
 * whose first reading looks like a number ("0.5" read as "o5"), is read again as a single line
 * restricted to {@link OcrEngine#NUMERIC_CHARS}; the second reading wins in a numeric column, and
 * elsewhere when it is at least as confident.
 */
final class CellReader {
  /** Characters a misread number is made of besides digits: letters and marks that look like digits or points. */
  private static final String DIGIT_LOOKALIKES = "oOlIiSsZzBg,，。.·:：%％+-—";
  /** A cell with fewer ink pixels than this share of its area is empty (dust, a stray ruling end). */
  private static final double MIN_INK = 0.002;

  private final OcrEngine engine;
  private final GreyImage image;
  private final InkMap ink;
  private final int dpi;

  CellReader(OcrEngine engine, GreyImage image, InkMap ink, int dpi) {
    this.engine = engine;
    this.image = image;
    this.ink = ink;
    this.dpi = dpi;
  }

  List<OcrGlyph> read(int[] box, boolean numericColumn) {
    int inset = 1;
    int x0 = box[0] + inset;
    int y0 = box[1] + inset;
    int x1 = box[2] - inset;
    int y1 = box[3] - inset;
    if (x1 - x0 < 3 || y1 - y0 < 3) {
      return List.of();
    }
    int inked = ink.count(x0, y0, x1, y1);
    if (inked < Math.max(6, MIN_INK * (x1 - x0) * (y1 - y0))) {
      return List.of();
    }
    List<OcrGlyph> first = engine.read(image, x0, y0, x1 - x0, y1 - y0, OcrEngine.Mode.BLOCK, dpi);
    if (!numericColumn && !looksNumeric(first)) {
      return first;
    }
    List<OcrGlyph> again = engine.read(image, x0, y0, x1 - x0, y1 - y0, OcrEngine.Mode.NUMERIC, dpi);
    if (again.isEmpty() || again.stream().noneMatch(g -> g.text().chars().anyMatch(Character::isDigit))) {
      return first;
    }
    return numericColumn || meanConfidence(again) >= meanConfidence(first) ? again : first;
  }

  /** Mostly digits, with only characters a misread digit or point turns into, and short. */
  static boolean looksNumeric(List<OcrGlyph> glyphs) {
    if (glyphs.isEmpty() || glyphs.size() > 12) {
      return false;
    }
    int digits = 0;
    for (OcrGlyph g : glyphs) {
      for (char c : g.text().toCharArray()) {
        if (Character.isDigit(c)) {
          digits++;
        } else if (DIGIT_LOOKALIKES.indexOf(c) < 0) {
          return false;
        }
      }
    }
    return digits > 0;
  }

  static double meanConfidence(List<OcrGlyph> glyphs) {
    return glyphs.stream().mapToDouble(OcrGlyph::confidence).average().orElse(0);
  }
}
