package org.jixiao.ingest.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
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
  /** Each glyph as its own text direction shows it (PDFBox's direction-adjusted frame), and that direction. */
  private final List<Glyph> upright = new ArrayList<>();
  private final List<Integer> directions = new ArrayList<>();
  private int slanted;
  private int cropped;
  private int hidden;
  /** The layers of the document being read, null when it has none; the marked content open at each level, and how many of them are hidden. */
  private org.apache.pdfbox.pdmodel.graphics.optionalcontent.@org.jspecify.annotations.Nullable PDOptionalContentProperties layers;
  private final java.util.ArrayDeque<Boolean> marked = new java.util.ArrayDeque<>();
  private int hiddenDepth;
  /** The page being read's displayed frame, its crop box: set once per page, read for every glyph. */
  private PageFrame frame;
  /** How deep in form XObjects the text being shown is drawn (a platform's pre-printed form is one, h356). */
  private int formDepth;
  private final Set<TextPosition> drawnInForm = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Glyph> formGlyphs = Collections.newSetFromMap(new IdentityHashMap<>());

  PageTextCollector() {
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(true);
  }

  /** The glyphs of page {@code pageNumber} (1-based). */
  List<Glyph> glyphs(PDDocument doc, int pageNumber) throws IOException {
    glyphs.clear();
    upright.clear();
    directions.clear();
    slanted = 0;
    cropped = 0;
    hidden = 0;
    marked.clear();
    hiddenDepth = 0;
    layers = doc.getDocumentCatalog().getOCProperties();
    drawnInForm.clear();
    formGlyphs.clear();
    setStartPage(pageNumber);
    setEndPage(pageNumber);
    writeText(doc, Writer.nullWriter());
    return List.copyOf(glyphs);
  }

  /** The glyphs of the last page read that were drawn inside a form XObject, by identity. */
  Set<Glyph> formGlyphs() {
    return Collections.unmodifiableSet(formGlyphs);
  }

  @Override
  public void showForm(PDFormXObject form) throws IOException {
    if (Layers.hidden(layers, form.getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.OC))) {
      return; // a form XObject in a layer switched off
    }
    formDepth++;
    try {
      super.showForm(form);
    } finally {
      formDepth--;
    }
  }

  @Override
  public void beginMarkedContentSequence(org.apache.pdfbox.cos.COSName tag, org.apache.pdfbox.cos.COSDictionary properties) {
    boolean off = org.apache.pdfbox.cos.COSName.OC.equals(tag) && Layers.hidden(layers, properties);
    marked.push(off);
    hiddenDepth += off ? 1 : 0;
    super.beginMarkedContentSequence(tag, properties);
  }

  @Override
  public void endMarkedContentSequence() {
    if (!marked.isEmpty() && marked.pop()) {
      hiddenDepth--;
    }
    super.endMarkedContentSequence();
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    if (hiddenDepth > 0) {
      hidden++; // in a layer switched off: a viewer neither shows nor prints it (a draft's figures under the final ones, h389)
      return;
    }
    if (formDepth > 0) {
      drawnInForm.add(text);
    }
    super.processTextPosition(text);
  }

  @Override
  protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
    frame = PageFrame.of(page);
    super.startPage(page);
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
      if (outsideCropBox(frame, x0, x0 + w, base - h, base)) {
        cropped++;
        continue;
      }
      if (overprint(u.strip(), x0, w, base, size)) {
        continue; // the same glyph drawn again a hair away (fake bold of rotated text, which PDFBox's check misses, h316)
      }
      Glyph g = new Glyph(u.strip(), x0, x0 + w, base - h, base, size, Glyph.PRINTED, tp.getDir() == 90f);
      glyphs.add(g);
      if (drawnInForm.contains(tp)) {
        formGlyphs.add(g);
      }
      double xa = tp.getXDirAdj();
      double wa = Math.max(tp.getWidthDirAdj(), 0.1);
      double ya = tp.getYDirAdj();
      upright.add(new Glyph(u.strip(), xa, xa + wa, ya - h, ya, size));
      directions.add(Math.round(tp.getDir()));
    }
  }

  /** How far, in font sizes, a second drawing of a glyph may stand from the first and still be one glyph (fake bold shifts a fraction of a point) ... */
  private static final double OVERPRINT = 0.08;
  /** ... and this share of the glyph's own width across. */
  private static final double OVERPRINT_WIDTH = 0.4;
  /** How many glyphs back the first drawing may be: a whole header drawn again after itself. */
  private static final int OVERPRINT_REACH = 16;

  /** Whether one of the last {@value #OVERPRINT_REACH} glyphs kept is this text drawn at nearly the same place. */
  private boolean overprint(String text, double x0, double w, double base, double size) {
    // within a fraction of the glyph's own width across ("ll" in Tall stands a whole advance on) and of the size down
    double across = Math.max(OVERPRINT_WIDTH * Math.min(w, size), OVERPRINT * size);
    for (int k = glyphs.size() - 1; k >= Math.max(0, glyphs.size() - OVERPRINT_REACH); k--) {
      Glyph g = glyphs.get(k);
      if (g.text().equals(text) && Math.abs(g.x0() - x0) < across && Math.abs(g.baseline() - base) < OVERPRINT * size) {
        return true;
      }
    }
    return false;
  }

  /**
   * The quarter turn (90 or 270) that most of the last page's glyphs are drawn at when a table or a whole page is set
   * sideways on a portrait page without /Rotate (h261): at least {@value #TURNED_SHARE} of some {@value #TURNED_MIN}
   * glyphs or more; 0 when the page reads upright.
   */
  int turn() {
    // on a page with /Rotate the directions are the user space's, which the rotation already turns upright (h222);
    // a page both rotated and set sideways is left as it displays
    if (directions.size() < TURNED_MIN || getCurrentPage() == null || getCurrentPage().getRotation() % 360 != 0) {
      return 0;
    }
    for (int dir : new int[] {90, 270}) {
      long n = directions.stream().filter(d -> d == dir).count();
      if (n >= TURNED_SHARE * directions.size()) {
        return dir;
      }
    }
    return 0;
  }

  /** The same character just drawn at about the same place (within a third of its size): bold made by drawing twice. */
  private static boolean drawnTwice(List<Glyph> before, Glyph g) {
    for (int k = before.size() - 1; k >= Math.max(0, before.size() - 40); k--) {
      Glyph b = before.get(k);
      if (b.text().equals(g.text()) && Math.abs(b.x0() - g.x0()) < g.size() / 3 && Math.abs(b.baseline() - g.baseline()) < g.size() / 3) {
        return true;
      }
    }
    return false;
  }

  private static final int TURNED_MIN = 20;
  private static final double TURNED_SHARE = 0.6;

  /**
   * The last page's glyphs in the frame of a page turned by {@code dir} so that text at that direction reads upright:
   * those drawn at it as their own direction shows them, the others' boxes turned with the page ((x, y) → (H − y, x)
   * for 90, (y, W − x) for 270, in the displayed page of width W and height H).
   */
  List<Glyph> turned(int dir, double width, double height) {
    List<Glyph> out = new ArrayList<>(glyphs.size());
    for (int i = 0; i < glyphs.size(); i++) {
      Glyph g = glyphs.get(i);
      if (directions.get(i) == dir) {
        Glyph u = upright.get(i);
        if (!drawnTwice(out, u)) { // fake bold drawn twice at an offset PDFBox's suppression misses when turned
          out.add(u);
        }
      } else if (dir == 90) {
        out.add(new Glyph(g.text(), height - g.baseline(), height - g.top(), g.x0(), g.x1(), g.size(), g.confidence(), true));
      } else {
        out.add(new Glyph(g.text(), g.top(), g.baseline(), width - g.x1(), width - g.x0(), g.size(), g.confidence(), true));
      }
    }
    return out;
  }

  /**
   * Whether a glyph lies wholly outside the displayed page, the crop box: a page cut from a compilation (汇编) keeps the
   * whole sheet's content, the running head, the previous report's end and the next one's start, and shows only its
   * crop (h376). A glyph the edge cuts through is kept.
   */
  private static boolean outsideCropBox(PageFrame frame, double x0, double x1, double top, double bottom) {
    return x1 <= 0 || x0 >= frame.width() || bottom <= 0 || top >= frame.height();
  }

  /** Glyphs of the last page read that were in a layer switched off and left out. */
  int hidden() {
    return hidden;
  }

  /** Glyphs of the last page read that were drawn outside its crop box and left out. */
  int cropped() {
    return cropped;
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
