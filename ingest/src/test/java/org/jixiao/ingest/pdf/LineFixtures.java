package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Text lines laid out as a PDF writer lays them out: CJK and full-width characters one font size
 * wide, ASCII 0.6 of it, a space an advance of 0.3 without a glyph. Geometry measured on the
 * LibreOffice PDFs: 12 pt 宋体 (Noto Sans CJK) in a 480 pt column from x = 56.8.
 */
final class LineFixtures {
  static final double SIZE = 12;
  static final double LEFT = 56.8;
  static final double RIGHT = LEFT + 40 * SIZE;

  private LineFixtures() {}

  /** A line of 12 pt text starting at the left margin. */
  static TextLine line(String text, double top) {
    return line(text, LEFT, top, SIZE);
  }

  static TextLine line(String text, double x0, double top, double size) {
    return TextLines.line(glyphs(text, x0, top, size));
  }

  /** One printed line of a table: text per column starting at {@code xs}, null where the column has none on it. */
  static TextLine cells(double[] xs, double top, double size, String... cells) {
    List<Glyph> g = new ArrayList<>();
    for (int k = 0; k < cells.length; k++) {
      if (cells[k] != null) {
        g.addAll(glyphs(cells[k], xs[k], top, size));
      }
    }
    return TextLines.line(g);
  }

  static List<Glyph> glyphs(String text, double x0, double top, double size) {
    List<Glyph> out = new ArrayList<>();
    double x = x0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        x += 0.3 * size;
        continue;
      }
      double w = c < 0x80 ? 0.6 * size : size;
      out.add(new Glyph(String.valueOf(c), x, x + w, top, top + size, size));
      x += w;
    }
    return out;
  }
}
