package org.jixiao.ingest.pdf;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.ocr.GreyImage;
import org.jixiao.ingest.ocr.OcrEngine;
import org.jixiao.ingest.ocr.OcrGlyph;
import org.jixiao.ingest.ocr.PageScanner;
import org.jixiao.ingest.ocr.Segment;

/**
 * A page without a usable text layer, read by OCR ({@link PageScanner}) into the same glyphs and
 * rulings a text page yields, in points of the displayed page, so that {@link PageLayout} finds its
 * tables, paragraphs and running lines as on any page. Each glyph keeps its recognition confidence.
 */
final class ScannedPage {
  /** A page whose text layer holds fewer characters than this, but images, is a scan (a stamped page number is not text). */
  static final int MIN_GLYPHS = 10;
  /** Pixels an A4 page has at 200 dpi: the budget every page is rendered within. */
  private static final double PIXELS = 8.27 * 11.69 * 200 * 200;
  static final int MIN_DPI = 150;
  static final int MAX_DPI = 300;

  /** What OCR read on one page, in page points. */
  record Read(List<Glyph> glyphs, List<Ruling> rulings, double angle) {}

  private ScannedPage() {}

  static boolean needsOcr(List<Glyph> glyphs, int images) {
    return images > 0 && glyphs.size() < MIN_GLYPHS;
  }

  /**
   * Rendering resolution for a page: 200 dpi on A4 (cells are enlarged to 300 dpi for recognition
   * anyway), more on a smaller page, less on a larger one so that time and memory stay per page.
   */
  static int dpi(double widthPt, double heightPt) {
    double sqIn = (widthPt / 72) * (heightPt / 72);
    return (int) Math.clamp(Math.sqrt(PIXELS / Math.max(sqIn, 1)), MIN_DPI, MAX_DPI);
  }

  /** OCRs a page image rendered (or scanned) at {@code dpi}. */
  static Read read(BufferedImage image, int dpi) throws IngestException {
    OcrEngine engine = OcrEngine.forThisThread();
    PageScanner.Result r = PageScanner.scan(GreyImage.of(image), dpi, engine);
    double s = 72.0 / dpi;
    List<Glyph> glyphs = new ArrayList<>(r.glyphs().size());
    for (OcrGlyph g : r.glyphs()) {
      double top = g.top() * s;
      double base = g.bottom() * s;
      glyphs.add(new Glyph(g.text(), g.x0() * s, g.x1() * s, top, base, Math.max(1, base - top), g.confidence()));
    }
    List<Ruling> rulings = new ArrayList<>(r.rulings().size());
    for (Segment seg : r.rulings()) {
      rulings.add(new Ruling(seg.horizontal(), seg.at() * s, seg.from() * s, seg.to() * s));
    }
    return new Read(glyphs, rulings, r.angle());
  }
}
