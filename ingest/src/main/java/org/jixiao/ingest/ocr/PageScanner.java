package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads one page image: levels it ({@link Skew}), finds its ruling lines ({@link LineFinder}) and
 * the cells they enclose ({@link CellFinder}), recognizes each cell on its own ({@link CellReader}),
 * numeric columns ({@link NumericColumns}) again with digits only, then the rest of the page, with the
 * tables painted out, as page text. Everything is in the pixels of the levelled image.
 */
public final class PageScanner {
  /** A page with fewer ink pixels than this share of its area outside its tables has no text there. */
  private static final double MIN_TEXT_INK = 0.0005;
  /** A page with more ink than this share of its area is a picture, not a printed page. */
  private static final double MAX_INK = 0.5;

  /**
   * What OCR found on one page.
   *
   * @param angle degrees the scan was turned to level it (0 when it was level)
   * @param rulings ruling lines, for the lattice table finder
   * @param glyphs recognized characters in reading order within each cell and text region
   */
  public record Result(int width, int height, int dpi, double angle, List<Segment> rulings, List<OcrGlyph> glyphs) {}

  private PageScanner() {}

  /** The paper's brightness is taken per tile this wide: larger than a character, smaller than a shadow's fall-off. */
  private static final double PAPER_TILE_INCH = 0.25;

  /**
   * The ruling lines of a page image, found as {@link #scan} finds them, without reading its text: for a scan whose
   * text layer is already there (a "searchable" PDF, h264). None when the image is skewed (the text layer was placed
   * on the unlevelled page) or more ink than paper.
   */
  public static List<Segment> rulings(GreyImage scanned, int dpi) {
    GreyImage page = scanned.flattened(Math.max(16, (int) Math.round(PAPER_TILE_INCH * dpi)));
    InkMap ink = InkMap.of(page);
    if (ink.count(0, 0, page.width(), page.height()) > MAX_INK * page.width() * page.height()
        || Math.abs(Skew.angle(ink)) >= Skew.NEGLIGIBLE) {
      return List.of();
    }
    return LineFinder.find(ink, dpi);
  }

  public static Result scan(GreyImage scanned, int dpi, OcrEngine engine) {
    return scan(scanned, dpi, engine, NumericMemory.forDocument());
  }

  /** As {@link #scan(GreyImage, int, OcrEngine)}, a table continued from an earlier page taking its numeric columns. */
  public static Result scan(GreyImage scanned, int dpi, OcrEngine engine, NumericMemory memory) {
    return scan(scanned, null, dpi, engine, memory);
  }

  /**
   * As {@link #scan(GreyImage, int, OcrEngine, NumericMemory)}, the lines printed in red on the page ({@code red}, as
   * {@link RedText#ink} makes it, the size of {@code scanned}) read with its text.
   */
  public static Result scan(GreyImage scanned, @Nullable GreyImage red, int dpi, OcrEngine engine, NumericMemory memory) {
    GreyImage page = scanned.flattened(Math.max(16, (int) Math.round(PAPER_TILE_INCH * dpi)));
    InkMap ink = InkMap.of(page);
    if (ink.count(0, 0, page.width(), page.height()) > MAX_INK * page.width() * page.height()) {
      // more ink than paper: a photograph or a black scan, not print; nothing to recognize
      return new Result(page.width(), page.height(), dpi, 0, List.of(), List.of());
    }
    GreyImage cleared = Streaks.removed(page, ink, dpi);
    if (cleared != page) {
      page = cleared;
      ink = InkMap.of(page);
    }
    double angle = Skew.angle(ink);
    if (Math.abs(angle) >= Skew.NEGLIGIBLE) {
      page = page.rotated(angle);
      ink = InkMap.of(page);
      red = red == null ? null : red.rotated(angle);
    } else {
      angle = 0;
    }
    java.util.OptionalInt seam = Seam.find(ink, dpi);
    if (seam.isPresent()) {
      Seam.Mend mend = Seam.mend(page, seam.getAsInt(), dpi);
      page = mend.apply(page);
      red = red == null ? null : mend.apply(red);
      ink = InkMap.of(page);
    }
    List<Segment> rulings = LineFinder.find(ink, dpi);
    List<CellFinder.Table> tables = CellFinder.find(rulings, page.width(), page.height(), dpi);
    // cells are read on a copy with the rulings painted out, so a crop can reach its rulings without
    // a remnant reading as 1 or |, and a line of text that nearly fills a low row is not cut
    GreyImage clean = page.whitened(rulingBoxes(rulings, dpi));
    CellReader cells = new CellReader(engine, clean, InkMap.of(clean), dpi);
    List<OcrGlyph> glyphs = new ArrayList<>();
    List<int[]> frames = new ArrayList<>();
    for (CellFinder.Table t : tables) {
      frames.add(t.frame());
      glyphs.addAll(table(t, cells, dpi, memory));
    }
    GreyImage rest = frames.isEmpty() ? page : page.whitened(frames);
    if (red != null) {
      rest = RedText.restored(rest, RedText.lines(red, dpi, frames));
    }
    InkMap restInk = rest == page ? ink : InkMap.of(rest);
    if (restInk.count(0, 0, page.width(), page.height()) >= MIN_TEXT_INK * page.width() * page.height()) {
      List<OcrGlyph> text = engine.read(rest, 0, 0, page.width(), page.height(), OcrEngine.Mode.PAGE, dpi, OcrEngine.NUMERIC_CHARS,
          textScale(dpi));
      glyphs.addAll(OcrEngine.inReadingOrder(
          CellReader.bracketsRepaired(ComparisonSigns.restored(CellReader.signsRestored(StrayMarks.dropped(text)), restInk))));
    }
    return new Result(page.width(), page.height(), dpi, angle, rulings, glyphs);
  }

  /** A page under this resolution (a screenshot, a web page's picture) has its text read enlarged, to this one or more. */
  private static final int ENLARGE_BELOW_DPI = 150;
  private static final int ENLARGED_DPI = 200;

  /**
   * How many times the page's text (outside its ruled tables, whose cells are read enlarged on their own) is enlarged to
   * be read: Tesseract reads a character about 20 pixels high well, and a screenshot's 14-pixel text at 96–144 dpi
   * poorly (h420's borderless tables: "100%" read "1009%", "98.2%" "98.296"; read twice as large, every figure came out
   * right). Whole times, to {@value #ENLARGED_DPI} dpi or more.
   */
  static int textScale(int dpi) {
    return dpi >= ENLARGE_BELOW_DPI ? 1 : (ENLARGED_DPI + dpi - 1) / dpi;
  }

  /** Each ruling as the rectangle of its ink, with a margin for the blur and the residual tilt of a scan. */
  static List<int[]> rulingBoxes(List<Segment> rulings, int dpi) {
    int margin = Math.max(1, dpi / 100);
    List<int[]> out = new ArrayList<>(rulings.size());
    for (Segment s : rulings) {
      int a0 = s.at() - s.thickness() / 2 - margin;
      int a1 = s.at() + (s.thickness() + 1) / 2 + margin + 1;
      out.add(s.horizontal() ? new int[] {s.from() - margin, a0, s.to() + margin + 1, a1}
          : new int[] {a0, s.from() - margin, a1, s.to() + margin + 1});
    }
    return out;
  }

  /** The cells of one table: each read once, then those under a numeric header read as numbers. */
  private static List<OcrGlyph> table(CellFinder.Table t, CellReader reader, int dpi, NumericMemory memory) {
    List<int[]> boxes = t.cells();
    List<List<OcrGlyph>> read = new ArrayList<>();
    List<int[]> headers = new ArrayList<>();
    List<CellReader> readers = new ArrayList<>(boxes.size());
    for (int i = 0; i < boxes.size(); i++) {
      readers.add(readerFor(boxes, i, reader));
      read.add(readers.get(i).read(boxes.get(i), false));
    }
    for (int i = 0; i < boxes.size(); i++) {
      if (NumericColumns.isNumericHeader(text(read.get(i))) && !inRowOfFigures(boxes, read, i)) {
        headers.add(boxes.get(i));
      }
    }
    boolean own = !headers.isEmpty();
    if (!own) {
      headers = memory.headersAbove(t.frame(), dpi);
    }
    if (!headers.isEmpty()) {
      boolean[] words = new boolean[boxes.size()];
      for (int i = 0; i < boxes.size(); i++) {
        words[i] = NumericColumns.isWords(text(read.get(i)));
      }
      int tol = Math.max(3, dpi / 30);
      boolean[] numeric = NumericColumns.under(boxes, headers, words, tol);
      if (own) {
        memory.remember(t.frame(), headers.stream().filter(h -> NumericColumns.continues(h, boxes, words, numeric, tol)).toList());
      }
      for (int i = 0; i < boxes.size(); i++) {
        if (numeric[i]) {
          // an empty first reading too: a lone "1" under 得分 can come back as nothing when words are allowed (sample 000)
          read.set(i, readers.get(i).read(boxes.get(i), true));
        }
      }
    }
    List<OcrGlyph> out = new ArrayList<>();
    read.forEach(out::addAll);
    return out;
  }

  /**
   * The reader for cell {@code i}: a cell is a region of paper, and where a seal or a faint stretch broke a ruling the
   * region is not a rectangle, so its box holds whole other cells (sample 000's stamped scan: the 机构设置 text merged
   * with the budget block's header row around 资金总额). Those are read on their own, so they are painted out here;
   * read twice, every character came out doubled ("资资金金总总额额").
   */
  private static CellReader readerFor(List<int[]> boxes, int i, CellReader reader) {
    int[] b = boxes.get(i);
    List<int[]> inside = new ArrayList<>();
    for (int j = 0; j < boxes.size(); j++) {
      int[] o = boxes.get(j);
      int cx = (o[0] + o[2]) / 2;
      int cy = (o[1] + o[3]) / 2;
      if (j != i && b[0] <= cx && cx < b[2] && b[1] <= cy && cy < b[3]) {
        inside.add(o);
      }
    }
    return inside.isEmpty() ? reader : reader.without(inside);
  }

  /**
   * Whether a cell of figures stands beside cell {@code i} in its row: then it is an indicator's name that holds a
   * header word ("B12 预算执行率 | 2 | 2 | 100.00%", sample 003), not a header, and the codes under it are no numbers.
   */
  private static boolean inRowOfFigures(List<int[]> boxes, List<List<OcrGlyph>> read, int i) {
    int[] b = boxes.get(i);
    int middle = (b[1] + b[3]) / 2;
    for (int j = 0; j < boxes.size(); j++) {
      int[] o = boxes.get(j);
      if (j != i && o[1] <= middle && middle <= o[3] && NumericColumns.isFigure(text(read.get(j)))) {
        return true;
      }
    }
    return false;
  }

  static String text(List<OcrGlyph> glyphs) {
    StringBuilder sb = new StringBuilder();
    glyphs.forEach(g -> sb.append(g.text()));
    return sb.toString();
  }
}
