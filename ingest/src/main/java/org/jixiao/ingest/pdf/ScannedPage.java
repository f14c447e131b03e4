package org.jixiao.ingest.pdf;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.ocr.GreyImage;
import org.jixiao.ingest.ocr.NumericMemory;
import org.jixiao.ingest.ocr.OcrEngine;
import org.jixiao.ingest.ocr.OcrGlyph;
import org.jixiao.ingest.ocr.PageScanner;
import org.jixiao.ingest.ocr.RedText;
import org.jixiao.ingest.ocr.ReverseBars;
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
  /** Scans are made at 200–300 dpi: rendering above 200 only interpolates, and Tesseract reads 10.5 pt well at 200. */
  static final int MAX_DPI = 200;

  /**
   * What OCR read on one page, in page points of the page set upright.
   *
   * @param turn clockwise degrees the page image was turned to set it upright (0, 90, 180, 270)
   * @param angle degrees it was then levelled by
   */
  record Read(List<Glyph> glyphs, List<Ruling> rulings, int turn, double angle) {
    /** The page's frame as read: a quarter turn swaps its width and height. */
    PageFrame frame(PageFrame scanned) {
      return turn % 180 == 0 ? scanned
          : new PageFrame(scanned.llx(), scanned.lly(), scanned.boxWidth(), scanned.boxHeight(), (scanned.rotation() + 90) % 360);
    }
  }

  private ScannedPage() {}

  static boolean needsOcr(List<Glyph> glyphs, int images) {
    return images > 0 && glyphs.size() < MIN_GLYPHS;
  }

  /** Filled shapes of a character's size on a page with no text: its text drawn as outlines (转曲), at least a line's worth. */
  static final int MIN_OUTLINED_GLYPHS = 40;

  /** Whether a page with no text layer draws its text as outlines, so that only OCR of its rendering reads it. */
  static boolean outlinedText(List<Glyph> glyphs, int glyphShapes) {
    return glyphs.size() < MIN_GLYPHS && glyphShapes >= MIN_OUTLINED_GLYPHS;
  }

  /**
   * Rendering resolution for a page: 200 dpi on A4 and smaller pages, less on a larger one (down to
   * 150 on A2) so that time and memory stay bounded per page.
   */
  static int dpi(double widthPt, double heightPt) {
    double sqIn = (widthPt / 72) * (heightPt / 72);
    return (int) Math.clamp(Math.sqrt(PIXELS / Math.max(sqIn, 1)), MIN_DPI, MAX_DPI);
  }

  /**
   * A character's right edge, moved up to the next character of its line when the gap is under half
   * the line height (one character's width between Chinese characters): an ink box is narrower than a typeset glyph ("." most of all), and the gap would
   * read as a space ("22681. 6"); the recognizer has already said where its words break.
   */
  private static int closedRight(List<OcrGlyph> read, int i) {
    OcrGlyph g = read.get(i);
    if (i + 1 < read.size()) {
      OcrGlyph next = read.get(i + 1);
      int gap = next.x0() - g.x1();
      int height = g.bottom() - g.top();
      // Chinese is written without spaces: a title's letter-spacing is no word break either
      // (under one character's width: a wider gap is a column break, StreamTableFinder.COLUMN_GAP, as
      // between the header words of a table without rulings)
      int max = ideograph(g.text()) && ideograph(next.text()) ? Math.min(height, hanWidth(read, i)) : height / 2;
      if (next.top() == g.top() && next.bottom() == g.bottom() && gap > 0 && gap < max) {
        return next.x0();
      }
    }
    return g.x1();
  }

  /**
   * The median width of the Chinese characters on glyph {@code i}'s line: one glyph's box may be far
   * too wide or narrow (the recognizer's symbol boxes are approximate), the median is not.
   */
  private static int hanWidth(List<OcrGlyph> read, int i) {
    int top = read.get(i).top();
    int from = i;
    while (from > 0 && read.get(from - 1).top() == top) {
      from--;
    }
    List<Integer> widths = new ArrayList<>();
    for (int j = from; j < read.size() && read.get(j).top() == top; j++) {
      if (ideograph(read.get(j).text())) {
        widths.add(read.get(j).x1() - read.get(j).x0());
      }
    }
    widths.sort(null);
    return widths.get(widths.size() / 2);
  }

  private static boolean ideograph(String s) {
    return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
  }

  /** How far ahead (glyphs) the closing bracket of a misread opening one is looked for. */
  private static final int BRACKET_REACH = 12;

  /**
   * The engine reads a printed "（" as "〈" now and then, and its "）" as ")": an angle bracket closed by a round one
   * before any "〉" (within {@value #BRACKET_REACH} glyphs) is the round pair a name's unit is printed in
   * ("农家书屋数字化提升〈个)" → "…（个）").
   */
  static void pairBrackets(List<Glyph> glyphs) {
    for (int i = 0; i < glyphs.size(); i++) {
      if (!glyphs.get(i).text().equals("〈")) {
        continue;
      }
      for (int j = i + 1; j < Math.min(glyphs.size(), i + 1 + BRACKET_REACH); j++) {
        String t = glyphs.get(j).text();
        if (t.equals("〉") || t.equals("〈")) {
          break;
        }
        if (t.equals(")") || t.equals("）")) {
          glyphs.set(i, with(glyphs.get(i), "（"));
          glyphs.set(j, with(glyphs.get(j), "）"));
          break;
        }
      }
    }
  }

  private static Glyph with(Glyph g, String text) {
    return new Glyph(text, g.x0(), g.x1(), g.top(), g.baseline(), g.size(), g.confidence(), g.upward());
  }

  /** OCRs a page image rendered (or scanned) at {@code dpi}. */
  static Read read(BufferedImage image, int dpi) throws IngestException {
    return read(image, dpi, NumericMemory.forDocument());
  }

  /** As {@link #read(BufferedImage, int)}, one page of a document whose pages share {@code memory}. */
  static Read read(BufferedImage image, int dpi, NumericMemory memory) throws IngestException {
    OcrEngine engine = OcrEngine.forThisThread();
    GreyImage page = ReverseBars.righted(image, GreyImage.of(image), dpi);
    GreyImage red = RedText.ink(image);
    int turn = engine.uprightTurn(page, dpi);
    PageScanner.Result r = PageScanner.scan(turn == 0 ? page : page.turned(turn), red == null || turn == 0 ? red : red.turned(turn),
        dpi, engine, memory);
    double s = 72.0 / dpi;
    List<Glyph> glyphs = new ArrayList<>(r.glyphs().size());
    List<OcrGlyph> read = r.glyphs();
    for (int i = 0; i < read.size(); i++) {
      OcrGlyph g = read.get(i);
      double top = g.top() * s;
      double base = g.bottom() * s;
      glyphs.add(new Glyph(g.text(), g.x0() * s, closedRight(read, i) * s, top, base, Math.max(1, base - top), g.confidence()));
    }
    pairBrackets(glyphs);
    List<Ruling> rulings = new ArrayList<>(r.rulings().size());
    for (Segment seg : r.rulings()) {
      rulings.add(new Ruling(seg.horizontal(), seg.at() * s, seg.from() * s, seg.to() * s));
    }
    return new Read(glyphs, rulings, turn, r.angle());
  }
}
