package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.ParsedDocument;

/**
 * Text placed on pages by position, from a reader other than the PDF one: a portal's online preview that renders a PDF
 * as absolutely positioned HTML (pdf2htmlEX, h363), one run of text per line and its rules as thin boxes. Its pages are
 * laid out as a PDF page is (lines, ruled tables, paragraphs), so the same table reader finds the same cells.
 */
public final class PositionedText {
  /** A run of text on one line, its left edge and baseline in points from the page's top-left, at a font size. */
  public record Run(String text, double left, double baseline, double size) {}

  /** A drawn rule: horizontal at y {@code at} from {@code from} to {@code to} along x, or vertical at x. */
  public record Rule(boolean horizontal, double at, double from, double to) {}

  /** One page: its size and what is drawn on it. */
  public record Page(double width, double height, List<Run> runs, List<Rule> rules) {}

  /** A full-width character (CJK, full-width forms) advances about its font size; others about half of it. */
  private static final double NARROW = 0.55;
  /** A glyph's height above its baseline, in font sizes. */
  private static final double ASCENT = 0.88;

  private PositionedText() {}

  /** The document the pages lay out, written into {@code out}. */
  public static ParsedDocument write(List<Page> pages, DocumentBuilder out) throws IngestException {
    List<PageInput> inputs = new ArrayList<>(pages.size());
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      inputs.add(new PageInput(i + 1, frame(p), glyphs(p), rulings(p), 0, false));
    }
    out.pageCount(pages.size());
    return PageWriter.write(inputs, pages.size(), 0, PageFurniture.defaults(), out);
  }

  /**
   * One page laid out into {@code out} where its reader stands (a picture drawn inside another document, h372), with
   * no page number of its own.
   */
  public static void emit(Page p, DocumentBuilder out) throws IngestException {
    PageLayout layout = PageLayout.of(1, frame(p), glyphs(p), rulings(p), PageFurniture.defaults(), RunningLines.none(), null);
    LayoutWriter writer = new LayoutWriter(out, false);
    writer.page(layout);
    writer.flush();
  }

  private static PageFrame frame(Page p) {
    return new PageFrame(0, 0, p.width(), p.height(), 0);
  }

  private static List<Glyph> glyphs(Page p) {
    List<Glyph> glyphs = new ArrayList<>();
    for (Run r : p.runs()) {
      glyphs.addAll(glyphs(r));
    }
    return glyphs;
  }

  private static List<Ruling> rulings(Page p) {
    return p.rules().stream().map(r -> new Ruling(r.horizontal(), r.at(), r.from(), r.to())).toList();
  }

  /** A run's characters as glyphs, each advancing by its width; blanks advance and draw nothing. */
  static List<Glyph> glyphs(Run r) {
    List<Glyph> out = new ArrayList<>(r.text().length());
    double x = r.left();
    double size = Math.max(1, r.size());
    double top = r.baseline() - ASCENT * size;
    for (int k = 0; k < r.text().length(); ) {
      int cp = r.text().codePointAt(k);
      k += Character.charCount(cp);
      double w = wide(cp) ? size : NARROW * size;
      if (!Character.isWhitespace(cp) && cp != '\u3000' && cp != '\u00A0') {
        out.add(new Glyph(new String(Character.toChars(cp)), x, x + w, top, r.baseline(), size));
      }
      x += w;
    }
    return out;
  }

  private static boolean wide(int cp) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
    return cp == '\u3000' || Character.isIdeographic(cp) || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS || b == Character.UnicodeBlock.GENERAL_PUNCTUATION
        && (cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '…' || cp == '—');
  }
}
