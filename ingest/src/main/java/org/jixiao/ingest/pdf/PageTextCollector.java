package org.jixiao.ingest.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of one page as {@link Glyph}s. Uses PDFTextStripper for its glyph decoding
 * and its suppression of text drawn twice (fake bold); its own line and word grouping is not used.
 * Whitespace glyphs are dropped: spacing is recomputed from positions.
 */
final class PageTextCollector extends PDFTextStripper {
  /** Degrees off the page's axes beyond which a glyph is slanted: not a line of the page's text. */
  private static final double SLANT_DEGREES = 4;

  private final List<Glyph> glyphs = new ArrayList<>();
  private int slanted;

  PageTextCollector() {
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(true);
  }

  /** The glyphs of page {@code pageNumber} (1-based). */
  List<Glyph> glyphs(PDDocument doc, int pageNumber) throws IOException {
    glyphs.clear();
    slanted = 0;
    setStartPage(pageNumber);
    setEndPage(pageNumber);
    writeText(doc, Writer.nullWriter());
    return List.copyOf(glyphs);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    for (TextPosition tp : positions) {
      String u = tp.getUnicode();
      if (u == null || u.isBlank()) {
        continue;
      }
      if (slanted(tp)) {
        slanted++;
        continue;
      }
      double size = Math.max(1, Math.abs(tp.getFontSizeInPt()));
      // getX/getY are in the displayed page's frame, the frame PageFrame maps rulings into
      double h = tp.getHeight() > 0 ? Math.max(tp.getHeight(), 0.7 * size) : 0.8 * size;
      double x0 = tp.getX();
      double base = tp.getY();
      double w = Math.max(tp.getWidth(), 0.1);
      glyphs.add(new Glyph(u.strip(), x0, x0 + w, base - h, base, size, Glyph.PRINTED, tp.getDir() == 90f));
    }
  }

  /** Glyphs of the last page read that were drawn at a slant and left out. */
  int slanted() {
    return slanted;
  }

  /**
   * A glyph turned off the page's axes: a diagonal watermark (“信息公开专用” across the page, h252) or the ring of
   * an electronic seal. Text laid along an axis (upright, sideways, upside down) is the page's own.
   */
  private static boolean slanted(TextPosition tp) {
    var m = tp.getTextMatrix();
    double degrees = Math.toDegrees(Math.atan2(m.getShearY(), m.getScaleX()));
    double off = Math.abs(degrees - 90 * Math.round(degrees / 90));
    return off > SLANT_DEGREES;
  }

  @Override
  protected void writeLineSeparator() {
    // positions carry the layout
  }

  @Override
  protected void writeWordSeparator() {
    // positions carry the layout
  }
}
