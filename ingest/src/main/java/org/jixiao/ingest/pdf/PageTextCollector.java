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
  private final List<Glyph> glyphs = new ArrayList<>();

  PageTextCollector() {
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(true);
  }

  /** The glyphs of page {@code pageNumber} (1-based). */
  List<Glyph> glyphs(PDDocument doc, int pageNumber) throws IOException {
    glyphs.clear();
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
      double size = Math.max(1, Math.abs(tp.getFontSizeInPt()));
      // getX/getY are in the displayed page's frame, the frame PageFrame maps rulings into
      double h = tp.getHeight() > 0 ? Math.max(tp.getHeight(), 0.7 * size) : 0.8 * size;
      double x0 = tp.getX();
      double base = tp.getY();
      double w = Math.max(tp.getWidth(), 0.1);
      glyphs.add(new Glyph(u.strip(), x0, x0 + w, base - h, base, size, Glyph.PRINTED, tp.getDir() == 90f));
    }
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
