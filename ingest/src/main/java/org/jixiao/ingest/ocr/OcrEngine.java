package org.jixiao.ingest.ocr;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import org.jixiao.ingest.IngestException;
import org.jspecify.annotations.Nullable;

/**
 * One loaded Tesseract 5 engine (simplified-Chinese model, which also reads digits and Latin) through
 * Tess4J's C-API binding. An engine is not thread-safe: {@link #forThisThread()} keeps one per thread,
 * loaded once (about a second), so a batch pays the model load once per worker, not per cell.
 */
public final class OcrEngine {
  /** Where Debian and other distributions put the traineddata files; {@code jixiao.tessdata} overrides. */
  private static final List<String> TESSDATA = List.of("/usr/share/tesseract-ocr/5/tessdata",
      "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata");
  private static final String LANGUAGE = "chi_sim";
  private static final ThreadLocal<@Nullable OcrEngine> ENGINES = new ThreadLocal<>();

  /** How a region is segmented before recognition. */
  public enum Mode {
    /**
     * a page or a page region, as one column of lines of any size: the columns of a table without
     * rulings stay on their lines, where the automatic layout analysis cut them into blocks and
     * dropped the short ones (a column of 权重 digits); the layout reader finds columns itself
     */
    PAGE(TessPageSegMode.PSM_SINGLE_COLUMN, false),
    /** one table cell: a uniform block of text, one or more lines */
    BLOCK(TessPageSegMode.PSM_SINGLE_BLOCK, false),
    /** one line of a table cell, cut out by {@link CellLines} */
    LINE(TessPageSegMode.PSM_SINGLE_LINE, false),
    /** one character standing alone on a line, which the line mode can return nothing for ("值", "5") */
    CHAR(TessPageSegMode.PSM_SINGLE_CHAR, false),
    /** one digit standing alone, restricted to the allowed characters */
    NUMERIC_CHAR(TessPageSegMode.PSM_SINGLE_CHAR, true),
    /** one line of digits, signs and units: a numeric cell read again with a restricted character set */
    NUMERIC(TessPageSegMode.PSM_SINGLE_LINE, true);

    private final int psm;
    private final boolean restricted;

    Mode(int psm, boolean restricted) {
      this.psm = psm;
      this.restricted = restricted;
    }

    /** The single-character mode with the same restriction. */
    Mode oneCharacter() {
      return restricted ? NUMERIC_CHAR : CHAR;
    }
  }

  /** Characters a numeric cell may hold: digits, signs, decimal points (also the ideographic full stop), %, units. */
  static final String NUMERIC_CHARS = "0123456789.-+%。分万元";
  /** Characters of a quantity (年度指标值 "≥95%", "=100%", "≤5个"): digits, points, %, comparison signs. */
  static final String QUANTITY_CHARS = "0123456789.%‰≥≤=<>~-";

  private final TessAPI api;
  private final TessBaseAPI handle;
  private final String tessdata;
  private @Nullable Mode mode;
  /** The orientation detector (osd.traineddata), loaded on first use; null before, or when it is missing. */
  private @Nullable TessBaseAPI osd;
  private boolean osdTried;

  private OcrEngine(TessAPI api, TessBaseAPI handle, String tessdata) {
    this.api = api;
    this.handle = handle;
    this.tessdata = tessdata;
  }

  /** Orientation is judged at this resolution at most: enough for the detector, and a 300 dpi page costs a quarter. */
  private static final int OSD_DPI = 150;
  /**
   * Below this the detector's orientation is not taken on its word: upright and turned pages of the held-out scans score
   * 5–12, and a page with little text (a signature page) can score under 1 either way; such a page is read turned only
   * if it reads better so ({@link #readsBetterTurned}).
   */
  private static final float MIN_OSD_CONFIDENCE = 2f;

  /**
   * Clockwise degrees (0, 90, 180 or 270) that set the page upright, by Tesseract's orientation detection: a
   * landscape table scanned in portrait, a sheet fed upside down. 0 when the detector is not installed, or unsure and
   * the page reads no better turned.
   */
  public int uprightTurn(GreyImage page, int dpi) {
    TessBaseAPI h = osd();
    if (h == null) {
      return 0;
    }
    GreyImage img = dpi > OSD_DPI ? page.scaled((double) OSD_DPI / dpi) : page;
    ByteBuffer buf = ByteBuffer.allocateDirect(img.width() * img.height());
    buf.put(img.pixels()).flip();
    api.TessBaseAPISetImage(h, buf, img.width(), img.height(), 1, img.width());
    api.TessBaseAPISetSourceResolution(h, Math.min(dpi, OSD_DPI));
    IntBuffer degrees = IntBuffer.allocate(1);
    FloatBuffer confidence = FloatBuffer.allocate(1);
    FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
    int ok;
    try {
      ok = api.TessBaseAPIDetectOrientationScript(h, degrees, confidence, new PointerByReference(), scriptConfidence);
    } finally {
      api.TessBaseAPIClear(h);
    }
    if (ok == 0) {
      return 0;
    }
    // the detector says how the page is turned (270: its text runs up); turning it back is the rest of the circle
    int turn = (360 - degrees.get(0)) % 360;
    if (confidence.get(0) >= MIN_OSD_CONFIDENCE) {
      return turn;
    }
    // unsure: a sheet fed upside down is the common slip (h534's second page, which the detector called upright at
    // 0.78), so that is the turn tried where it guessed none; taken only if the page reads better so
    int tried = turn == 0 ? 180 : turn;
    return readsBetterTurned(page, dpi, tried) ? tried : 0;
  }

  /** A Chinese character read at this confidence or more counts as read. */
  private static final float READ_CONFIDENCE = 90f;

  /**
   * Whether the page turned {@code turn}° gives twice the Chinese characters read with confidence that it does as it
   * lies, each read over its quarter of the page's height with the most ink, at no more than the detector's 150 dpi:
   * upside down, digits still read well, but characters come back doubtful (h534's second page: 196 against 57; the
   * upright pages the detector was unsure of ran 19–74 turned against 96–284 as they lie).
   */
  private boolean readsBetterTurned(GreyImage full, int fullDpi, int turn) {
    GreyImage page = fullDpi > OSD_DPI ? full.scaled((double) OSD_DPI / fullDpi) : full;
    int dpi = Math.min(fullDpi, OSD_DPI);
    return confidentHan(page.turned(turn), dpi) > 2 * confidentHan(page, dpi);
  }

  private int confidentHan(GreyImage img, int dpi) {
    int band = img.height() / 4;
    int n = 0;
    for (OcrGlyph g : read(img, 0, inkiestBand(img, band), img.width(), band, Mode.PAGE, dpi)) {
      boolean han = !g.text().isEmpty() && Character.UnicodeScript.of(g.text().codePointAt(0)) == Character.UnicodeScript.HAN;
      n += han && g.confidence() >= READ_CONFIDENCE ? 1 : 0;
    }
    return n;
  }

  /** Pixels darker than this are ink when a band of text is sought. */
  private static final int INK = 128;

  /** The top of the {@code band} rows holding the most ink. */
  private static int inkiestBand(GreyImage img, int band) {
    byte[] px = img.pixels();
    int w = img.width();
    int[] ink = new int[img.height()];
    for (int y = 0; y < img.height(); y++) {
      for (int x = 0; x < w; x++) {
        ink[y] += (px[y * w + x] & 0xff) < INK ? 1 : 0;
      }
    }
    long sum = 0;
    for (int y = 0; y < band; y++) {
      sum += ink[y];
    }
    long best = sum;
    int top = 0;
    for (int y = band; y < img.height(); y++) {
      sum += ink[y] - ink[y - band];
      if (sum > best) {
        best = sum;
        top = y - band + 1;
      }
    }
    return top;
  }

  private @Nullable TessBaseAPI osd() {
    if (!osdTried) {
      osdTried = true;
      if (Files.isRegularFile(Path.of(tessdata, "osd.traineddata"))) {
        TessBaseAPI h = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit3(h, tessdata, "osd") == 0) {
          api.TessBaseAPISetVariable(h, "debug_file", "/dev/null");
          api.TessBaseAPISetPageSegMode(h, TessPageSegMode.PSM_OSD_ONLY);
          osd = h;
        } else {
          api.TessBaseAPIDelete(h);
        }
      }
    }
    return osd;
  }

  /** This thread's engine, loaded on first use; fails as OCR_UNAVAILABLE when Tesseract or chi_sim is missing. */
  public static OcrEngine forThisThread() throws IngestException {
    OcrEngine e = ENGINES.get();
    if (e == null) {
      e = load();
      ENGINES.set(e);
    }
    return e;
  }

  /** Why OCR cannot run on this machine (naming the packages to install), or empty when it can. */
  public static java.util.Optional<String> unavailable() {
    try {
      forThisThread();
      return java.util.Optional.empty();
    } catch (IngestException e) {
      return java.util.Optional.of(e.getMessage());
    }
  }

  private static OcrEngine load() throws IngestException {
    String dir = tessdata();
    if (dir == null) {
      throw OcrUnavailable.because("no " + LANGUAGE + ".traineddata was found (looked in " + String.join(", ", searchPath()) + ")", null);
    }
    TessAPI api;
    try {
      api = TessAPI.INSTANCE;
    } catch (LinkageError e) {
      throw OcrUnavailable.because("the Tesseract library (libtesseract.so.5) could not be loaded: " + e.getMessage(), e);
    }
    TessBaseAPI handle = api.TessBaseAPICreate();
    if (api.TessBaseAPIInit3(handle, dir, LANGUAGE) != 0) {
      api.TessBaseAPIDelete(handle);
      throw OcrUnavailable.because("Tesseract could not load " + LANGUAGE + " from " + dir, null);
    }
    // no dictionary correction of numbers, no debug files; spaces between CJK characters are layout, not words
    api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    api.TessBaseAPISetVariable(handle, "preserve_interword_spaces", "1");
    // print is dark on light: the second, inverted recognition of doubtful lines only doubles the time
    api.TessBaseAPISetVariable(handle, "tessedit_do_invert", "0");
    return new OcrEngine(api, handle, dir);
  }

  private static List<String> searchPath() {
    List<String> dirs = new ArrayList<>();
    String prop = System.getProperty("jixiao.tessdata");
    if (prop != null) {
      dirs.add(prop);
      return dirs;
    }
    String env = System.getenv("TESSDATA_PREFIX");
    if (env != null) {
      dirs.add(env);
    }
    dirs.addAll(TESSDATA);
    return dirs;
  }

  private static @Nullable String tessdata() {
    for (String d : searchPath()) {
      if (Files.isRegularFile(Path.of(d, LANGUAGE + ".traineddata"))) {
        return d;
      }
    }
    return null;
  }

  /**
   * Recognizes the region {@code [x, x+w) × [y, y+h)} of {@code image}; returns its characters in
   * the image's pixel coordinates, in reading order.
   */
  public List<OcrGlyph> read(GreyImage image, int x, int y, int w, int h, Mode how, int dpi) {
    return read(image, x, y, w, h, how, dpi, NUMERIC_CHARS);
  }

  /** As {@link #read(GreyImage, int, int, int, int, Mode, int)}, a numeric read allowing only {@code allowed}. */
  public List<OcrGlyph> read(GreyImage image, int x, int y, int w, int h, Mode how, int dpi, String allowed) {
    // a cell too small to read (a scan under 150 dpi) is enlarged; resampling a 200 dpi scan only blurs it
    return read(image, x, y, w, h, how, dpi, allowed, how != Mode.PAGE && dpi < MIN_CELL_DPI ? (double) MIN_CELL_DPI / dpi : 1);
  }

  /** As {@link #read(GreyImage, int, int, int, int, Mode, int, String)}, the region enlarged {@code scale} times first. */
  List<OcrGlyph> read(GreyImage image, int x, int y, int w, int h, Mode how, int dpi, String allowed, double scale) {
    GreyImage crop = image.crop(x, y, w, h).scaled(scale).padded(PAD);
    setMode(how, allowed);
    List<OcrGlyph> out = recognize(crop, x, y, scale, dpi);
    if (out.isEmpty() && how != Mode.PAGE) {
      // with the inverted second pass off, Tesseract returns nothing at all for a line it doubts, even
      // a clean one-character line (the 值 of a wrapped 年度指标值): that pass is allowed again here,
      // for the few crops that came back empty, so that it does not double the time of every page
      api.TessBaseAPISetVariable(handle, "tessedit_do_invert", "1");
      try {
        out = recognize(crop, x, y, scale, dpi);
      } finally {
        api.TessBaseAPISetVariable(handle, "tessedit_do_invert", "0");
      }
    }
    return out;
  }

  /**
   * The line box narrowed to the rows that hold ink: Tesseract pads a text line's box by about half a line
   * (a 19-pixel line of 150 dpi print came back 33 pixels tall), and the page text's character size, from
   * which the layout reader measures column gaps and row gaps, is that height. A neighbour's ink reaching into
   * the padding stops the narrowing on that side, so the box is never cut into the line itself.
   */
  private static void inkRows(GreyImage crop, int[] line, int inkLevel) {
    int x0 = Math.max(0, line[0]);
    int x1 = Math.min(crop.width(), line[2]);
    int top = Math.max(0, line[1]);
    int bottom = Math.min(crop.height(), line[3]);
    while (top < bottom - 1 && blankRow(crop, top, x0, x1, inkLevel)) {
      top++;
    }
    while (bottom - 1 > top && blankRow(crop, bottom - 1, x0, x1, inkLevel)) {
      bottom--;
    }
    line[1] = top;
    line[3] = bottom;
  }

  /** A row with under two ink pixels across the line (a speck of noise is no ink). */
  private static boolean blankRow(GreyImage crop, int y, int x0, int x1, int inkLevel) {
    int n = 0;
    for (int x = x0; x < x1 && n < 2; x++) {
      if (crop.at(x, y) <= inkLevel) {
        n++;
      }
    }
    return n < 2;
  }

  private List<OcrGlyph> recognize(GreyImage crop, int x, int y, double scale, int dpi) {
    // page text only: a cell's lines already get the rows of their ink from CellStrip
    int inkLevel = mode == Mode.PAGE ? Math.min(InkMap.MAX_THRESHOLD, InkMap.otsu(crop.pixels())) : -1;
    ByteBuffer buf = ByteBuffer.allocateDirect(crop.width() * crop.height());
    buf.put(crop.pixels()).flip();
    api.TessBaseAPISetImage(handle, buf, crop.width(), crop.height(), 1, crop.width());
    api.TessBaseAPISetSourceResolution(handle, (int) Math.round(dpi * scale));
    List<OcrGlyph> out = new ArrayList<>();
    if (api.TessBaseAPIRecognize(handle, null) != 0) {
      api.TessBaseAPIClear(handle);
      return out;
    }
    TessResultIterator ri = api.TessBaseAPIGetIterator(handle);
    if (ri == null) {
      api.TessBaseAPIClear(handle);
      return out;
    }
    try {
      TessPageIterator pi = api.TessResultIteratorGetPageIterator(ri);
      int[] line = new int[4];
      do {
        if (api.TessPageIteratorIsAtBeginningOf(pi, TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
          box(pi, TessPageIteratorLevel.RIL_TEXTLINE, line);
          if (inkLevel >= 0) {
            inkRows(crop, line, inkLevel);
          }
        }
        int[] sym = new int[4];
        if (!box(pi, TessPageIteratorLevel.RIL_SYMBOL, sym)) {
          continue;
        }
        Pointer p = api.TessResultIteratorGetUTF8Text(ri, TessPageIteratorLevel.RIL_SYMBOL);
        if (p == null) {
          continue;
        }
        String text = p.getString(0, "UTF-8").strip();
        api.TessDeleteText(p);
        if (text.isEmpty()) {
          continue;
        }
        float conf = api.TessResultIteratorConfidence(ri, TessPageIteratorLevel.RIL_SYMBOL);
        out.add(new OcrGlyph(text, back(sym[0], x, scale), back(sym[2], x, scale), back(line[1], y, scale),
            back(line[3], y, scale), conf));
      } while (api.TessResultIteratorNext(ri, TessPageIteratorLevel.RIL_SYMBOL) != 0);
    } finally {
      api.TessResultIteratorDelete(ri);
      api.TessBaseAPIClear(handle);
    }
    return out;
  }

  /**
   * The characters of one reading with their boxes put in the order they were read: the recognizer's order along a line
   * is right, its box of one character is not always (on a hazy photocopy "9.94" came back 9@1 .@13 9@21 4@18, and
   * "年度资金总额" with 资 starting left of 度), and the page sorts a line by position. A character starting left of the one
   * read before it on the same line is moved to start where that one does; ties keep their order. Done after the
   * repairs that read the boxes as the engine gave them (a % read as digits inside one box, {@link CellReader}).
   */
  static List<OcrGlyph> inReadingOrder(List<OcrGlyph> read) {
    List<OcrGlyph> out = new ArrayList<>(read.size());
    for (OcrGlyph g : read) {
      OcrGlyph prev = out.isEmpty() ? null : out.getLast();
      if (prev != null && prev.top() == g.top() && prev.bottom() == g.bottom() && g.x0() < prev.x0()) {
        g = new OcrGlyph(g.text(), prev.x0(), Math.max(prev.x0(), g.x1()), g.top(), g.bottom(), g.confidence());
      }
      out.add(g);
    }
    return out;
  }

  /** A coordinate in the padded, scaled crop mapped back to the page image. */
  private static int back(int v, int origin, double scale) {
    return origin + (int) Math.round((v - PAD) / scale);
  }

  /** Cells are recognized at this resolution at least. */
  private static final int MIN_CELL_DPI = 150;

  /** White margin around a crop: Tesseract misses characters that touch the image edge. */
  private static final int PAD = 12;

  private void setMode(Mode how, String allowed) {
    String whitelist = how.restricted ? allowed : "";
    if (how == mode && whitelist.equals(this.whitelist)) {
      return;
    }
    api.TessBaseAPISetPageSegMode(handle, how.psm);
    api.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", whitelist);
    mode = how;
    this.whitelist = whitelist;
  }

  private String whitelist = "";

  private boolean box(TessPageIterator pi, int level, int[] into) {
    IntBuffer l = IntBuffer.allocate(1);
    IntBuffer t = IntBuffer.allocate(1);
    IntBuffer r = IntBuffer.allocate(1);
    IntBuffer b = IntBuffer.allocate(1);
    if (api.TessPageIteratorBoundingBox(pi, level, l, t, r, b) == 0) {
      return false;
    }
    into[0] = l.get(0);
    into[1] = t.get(0);
    into[2] = r.get(0);
    into[3] = b.get(0);
    return true;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Tesseract %s (%s)", api.TessVersion(), LANGUAGE);
  }
}
