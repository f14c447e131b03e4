package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognizes one table cell on its own crop, as a block of text. A cell of a numeric column, or one
 * whose first reading looks like a number ("0.5" read as "o5"), is read again as a single line
 * restricted to {@link OcrEngine#NUMERIC_CHARS}; the second reading wins in a numeric column, and
 * elsewhere when it is at least as confident.
 */
final class CellReader {
  /** Characters a misread number is made of besides digits: letters and marks that look like digits or points. */
  private static final String DIGIT_LOOKALIKES = "oOlIiSsZzBg,，。.·:：%％+-—一";
  /** A cell with fewer ink pixels than this share of its area is empty (dust, a stray ruling end). */
  private static final double MIN_INK = 0.002;
  /** Ink of a lone "1" in 10.5 pt print is about 75 pixels at 200 dpi; this share of dpi² (30 there) is less. */
  private static final double ONE_INK = 0.00075;
  private static final java.util.Set<String> ANGLE_OPENING = java.util.Set.of("〈", "《", "<");
  /** A bracket closes within this many characters (a page's text is read as one list of glyphs). */
  private static final int BRACKET_REACH = 40;
  private static final java.util.Set<String> ROUND_OPENING = java.util.Set.of("（", "(");
  /** Cells of words are read at this resolution at least ({@link #asText}). */
  private static final int TEXT_DPI = 300;


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

  /** This reader on the page with {@code boxes} painted white (other cells inside a cell's box that is no rectangle). */
  CellReader without(List<int[]> boxes) {
    GreyImage masked = image.whitened(boxes);
    return new CellReader(engine, masked, InkMap.of(masked), dpi);
  }

  List<OcrGlyph> read(int[] box, boolean numericColumn) {
    return OcrEngine.inReadingOrder(DecimalPoints.separatorsDropped(DecimalPoints.restored(bracketsRepaired(percentRepaired(
        otherScriptDropped(recognized(box, numericColumn)), ink)), ink)));
  }

  /**
   * Latin a report prints on a line of its own over a cell's Chinese: a code ("A11", "B2") or a term in capitals ("COD",
   * "PM2.5", "NH3-N"); the other script's junk mixes in lower case and opens with anything.
   */
  private static final Pattern OWN_LATIN = Pattern.compile("[A-Z][A-Z0-9.\\-]{0,7}");

  /**
   * A bilingual form prints each label in its other script on a line above the Chinese (Uyghur, h422); the Chinese model
   * reads such a line as Latin letters, digits and signs with a stray character ("9355435-上L>os-1" over 一级指标) at
   * confidence 80–95, and the label is no longer a header word. A line above two or more Chinese characters is dropped
   * when fewer than half its characters are Chinese and it holds a Latin letter but is no code or term in capitals, or
   * when it is one Chinese character alone where the line under it is at least twice as wide; only above the cell's first
   * line of Chinese, since the other script comes first.
   */
  static List<OcrGlyph> otherScriptDropped(List<OcrGlyph> glyphs) {
    List<List<OcrGlyph>> lines = new ArrayList<>();
    for (OcrGlyph g : glyphs) {
      List<OcrGlyph> line = lines.isEmpty() ? null : lines.getLast();
      int middle = (g.top() + g.bottom()) / 2;
      if (line == null || middle < line.getFirst().top() || middle > line.getFirst().bottom()) {
        lines.add(line = new ArrayList<>());
      }
      line.add(g);
    }
    if (lines.size() < 2) {
      return glyphs;
    }
    List<OcrGlyph> out = new ArrayList<>(glyphs.size());
    boolean chinese = false; // a line of Chinese seen: the lines after it are the label's own ("生态效益指 / 标", s14)
    for (int i = 0; i < lines.size(); i++) {
      List<OcrGlyph> line = lines.get(i);
      boolean foreign = !chinese && i + 1 < lines.size() && lines.get(i + 1).getFirst().top() > line.getFirst().top()
          && han(lines.get(i + 1)) >= 2 && otherScript(line, lines.get(i + 1));
      if (!foreign) {
        out.addAll(line);
      }
      chinese |= han(line) >= 2;
    }
    return out.size() == glyphs.size() ? glyphs : out;
  }

  private static boolean otherScript(List<OcrGlyph> line, List<OcrGlyph> below) {
    String text = PageScanner.text(line);
    if (line.size() == 1) {
      return 2 * (line.getFirst().x1() - line.getFirst().x0()) <= below.getLast().x1() - below.getFirst().x0()
          && han(line) == 1;
    }
    return 2 * han(line) < text.length() && text.chars().anyMatch(c -> c < 128 && Character.isLetter(c))
        && !OWN_LATIN.matcher(text.strip()).matches();
  }

  private static int han(List<OcrGlyph> line) {
    int n = 0;
    for (OcrGlyph g : line) {
      n += (int) g.text().codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }
    return n;
  }

  private List<OcrGlyph> recognized(int[] box, boolean numericColumn) {
    // the image has its rulings painted out: the crop is the whole cell, so a line of text that nearly
    // fills a low row is not cut (an inset off the rulings cut 10.5 pt text in 0.15 in rows)
    // (the cell finder's box stops a few pixels short of the rulings: the crop reaches out to them)
    int grow = Math.max(1, dpi / 100);
    int x0 = Math.max(0, box[0] - grow);
    int y0 = Math.max(0, box[1] - grow);
    int x1 = Math.min(image.width(), box[2] + grow);
    int y1 = Math.min(image.height(), box[3] + grow);
    if (x1 - x0 < 3 || y1 - y0 < 3) {
      return List.of();
    }
    int inked = ink.count(x0, y0, x1, y1);
    int[] inkBox = ink.bounds(x0, y0, x1, y1);
    // (a tall merged cell holding a lone "1" is not empty: the share of its area is capped at part of a 1's ink)
    if (inked < Math.max(6, Math.min(MIN_INK * (x1 - x0) * (y1 - y0), ONE_INK * dpi * dpi)) || inkBox == null) {
      return List.of();
    }
    // each text line cropped to its ink, and the lines read as one: in a wide, empty-looking cell
    // Tesseract's layout analysis loses a lone digit ("5" read as 号), and in a wrapped cell
    // ("改造小区居民满 / 意度") it drops or scrambles a short second line
    List<int[]> lines = CellLines.of(ink, inkBox, dpi);
    List<OcrGlyph> first = ComparisonSigns.restored(ComparisonSigns.signsInDigits(
        signsRestored(read(lines, OcrEngine.Mode.LINE, OcrEngine.NUMERIC_CHARS)), ink), ink);
    if (first.size() == 1 && DASHES.contains(first.getFirst().text())) {
      // a cell holding only a dash ("—", not applicable) is read as 一, which is the numeral one
      OcrGlyph g = first.getFirst();
      return List.of(new OcrGlyph("—", g.x0(), g.x1(), g.top(), g.bottom(), g.confidence()));
    }
    if (!numericColumn && isQuantity(first)) {
      // already a clean quantity ("=12个", "≥90%"): a restricted re-read only loses its sign or unit
      return first;
    }
    String units = numericColumn ? null : quantityUnits(first);
    if (units != null) {
      // a quantity ("≥95%" read "之95%", "100%" read "1009%0"): again with digits, signs and its own units only
      List<OcrGlyph> again = ComparisonSigns.restored(ComparisonSigns.signsInDigits(
          read(lines, OcrEngine.Mode.NUMERIC, OcrEngine.QUANTITY_CHARS + units), ink), ink);
      return again.stream().anyMatch(g -> g.text().chars().anyMatch(Character::isDigit)) ? again : first;
    }
    if (!numericColumn && !looksNumeric(first)) {
      return asText(lines, first);
    }
    List<OcrGlyph> again = read(lines, OcrEngine.Mode.NUMERIC, OcrEngine.NUMERIC_CHARS);
    if (numericColumn && !hasDigit(again)) {
      // a lone digit under 分值 or 得分, 25 pixels tall, that neither reading made a digit ("4" read 中, then nothing
      // with digits only): Tesseract reads it at twice the size, with no restriction (restricted, it returns nothing)
      List<OcrGlyph> larger = enlarged(lines);
      again = looksNumeric(larger) ? larger : again;
    }
    if (!hasDigit(again)) {
      return first;
    }
    if (numericColumn && stretchedDigit(lines, again)) {
      // a figure read with characters lost ("9.26" read 26 in a phone photo, h412; "5.2" read 5 in a lossy WebP, h413),
      // a digit's box stretched over them: read larger and unrestricted, as a cell of words is, it may hold them all
      // ("9.26"; "52", its point then put back from the ink). Taken when it holds the digits-only reading and one digit
      // for each digit-sized piece of ink
      List<OcrGlyph> larger = readScaled(lines, Math.max(MIN_REREAD_SCALE, (double) TEXT_DPI / dpi));
      String more = PageScanner.text(larger);
      String less = PageScanner.text(again);
      if (more.length() > less.length() && more.chars().allMatch(c -> Character.isDigit(c) || c == '.')
          && isSubsequence(less, more) && DecimalPoints.digitPieces(larger, ink) == digits(more).length()) {
        return larger;
      }
    }
    if (sameDigitsWithoutPoint(first, again)) {
      // the restricted re-read lost the decimal point ("2.5" as 25): the point was read the first time
      return first;
    }
    return numericColumn || meanConfidence(again) >= meanConfidence(first) ? again : first;
  }

  private static boolean hasDigit(List<OcrGlyph> glyphs) {
    return glyphs.stream().anyMatch(g -> g.text().chars().anyMatch(Character::isDigit));
  }

  /** Whether {@code again} has the digits of {@code first} in order, and {@code first} a point that {@code again} lacks. */
  static boolean sameDigitsWithoutPoint(List<OcrGlyph> first, List<OcrGlyph> again) {
    String a = PageScanner.text(first);
    String b = PageScanner.text(again);
    return a.contains(".") && !b.contains(".") && digits(a).equals(digits(b)) && !digits(a).isEmpty()
        && a.chars().allMatch(c -> Character.isDigit(c) || c == '.');
  }

  /** A figure is read again at least this much larger when a digit's box took in more ({@link #stretchedDigit}). */
  private static final double MIN_REREAD_SCALE = 1.3;

  /**
   * Whether a digit of the reading is wider than its line is tall: digits are narrower than they are tall, so its box
   * took in the characters beside it that were not read ("9.26" read 26, the 2's box over "9.2"). One line only.
   */
  private static boolean stretchedDigit(List<int[]> lines, List<OcrGlyph> read) {
    if (lines.size() != 1) {
      return false;
    }
    int height = lines.getFirst()[3] - lines.getFirst()[1];
    return read.stream().anyMatch(g -> g.text().length() == 1 && Character.isDigit(g.text().charAt(0))
        && g.x1() - g.x0() > MAX_DIGIT_WIDTH * height);
  }

  /** A digit's box is at most this share of its line's height wide. */
  private static final double MAX_DIGIT_WIDTH = 1.1;

  private static boolean isSubsequence(String part, String whole) {
    int i = 0;
    for (int j = 0; j < whole.length() && i < part.length(); j++) {
      if (whole.charAt(j) == part.charAt(i)) {
        i++;
      }
    }
    return i == part.length();
  }

  private static String digits(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().filter(Character::isDigit).forEach(c -> sb.append((char) c));
    return sb.toString();
  }

  /**
   * A cell of words read again at {@link #TEXT_DPI}: below it Tesseract confuses dense characters
   * (赣 read 闲, 兑 竟, 愁 秋) that it reads right when they are larger. Figures are not read this way:
   * enlarged, digits come out worse (96.12% read 906.12%). The more confident of the two readings is kept.
   */
  private List<OcrGlyph> asText(List<int[]> lines, List<OcrGlyph> first) {
    if (dpi >= TEXT_DPI || first.stream().noneMatch(g -> !g.text().isEmpty() && Character.UnicodeScript.of(g.text().codePointAt(0)) == Character.UnicodeScript.HAN)) {
      return first;
    }
    List<OcrGlyph> larger = readScaled(lines, (double) TEXT_DPI / dpi);
    // the larger reading is not always the better one ("实际完成值" read 实际完碟值 at 300 dpi): the more confident wins
    return larger.isEmpty() || meanConfidence(larger) < meanConfidence(first) ? first : larger;
  }

  /** The cell's lines read as one line at twice their size, unrestricted. */
  private List<OcrGlyph> enlarged(List<int[]> lines) {
    return readScaled(lines, 2);
  }

  /** The cell's lines read as one line enlarged {@code scale} times, unrestricted. */
  private List<OcrGlyph> readScaled(List<int[]> lines, double scale) {
    CellStrip strip = CellStrip.of(image, lines);
    GreyImage s = strip.image();
    return strip.back(engine.read(s, 0, 0, s.width(), s.height(), OcrEngine.Mode.LINE, dpi, "", scale));
  }

  /** The glyphs of the cell's lines, read as one line set on a strip ({@link CellStrip}). */
  private List<OcrGlyph> read(List<int[]> lines, OcrEngine.Mode how, String allowed) {
    CellStrip strip = CellStrip.of(image, lines);
    GreyImage s = strip.image();
    List<OcrGlyph> out = engine.read(s, 0, 0, s.width(), s.height(), how, dpi, allowed);
    if (out.isEmpty() && s.width() <= 2 * s.height()) {
      // one character alone (a score digit, a wrapped 值) that the line mode returned nothing for
      out = engine.read(s, 0, 0, s.width(), s.height(), how.oneCharacter(), dpi, allowed);
    }
    return strip.back(out);
  }

  /**
   * A round opening bracket read as an angle one ("完成时间（2022年12月31日前）" read "完成时间〈《2022年12月31日前)", sample
   * 001's scans): an 〈 or 《 closed by a round bracket, with no angle one after it, is the round bracket, and a second
   * opening bracket touching it is the same bracket read twice ("保障（(人)", h294). A bar read at either end of a cell
   * is what is left of a ruling.
   */
  static List<OcrGlyph> bracketsRepaired(List<OcrGlyph> glyphs) {
    List<OcrGlyph> out = new java.util.ArrayList<>(glyphs.size());
    for (int i = 0; i < glyphs.size(); i++) {
      OcrGlyph g = glyphs.get(i);
      boolean angle = ANGLE_OPENING.contains(g.text()) && closedRound(glyphs, i + 1);
      if (angle || ROUND_OPENING.contains(g.text())) {
        out.add(angle ? new OcrGlyph("（", g.x0(), g.x1(), g.top(), g.bottom(), g.confidence()) : g);
        // the same bracket read twice ("（(人)"): a second opening bracket touching the first
        if (i + 1 < glyphs.size() && (ANGLE_OPENING.contains(glyphs.get(i + 1).text()) || ROUND_OPENING.contains(glyphs.get(i + 1).text()))
            && glyphs.get(i + 1).top() == g.top() && glyphs.get(i + 1).x0() <= g.x1() + 1) {
          i++;
        }
      } else if (g.text().equals("|") && (i == 0 || i == glyphs.size() - 1)) {
        // a ruling's remnant at the cell's edge, read as a bar: no report writes one there
      } else {
        out.add(g);
      }
    }
    return out;
  }

  /** Whether a round closing bracket follows from {@code from} before any angle closing one. */
  private static boolean closedRound(List<OcrGlyph> glyphs, int from) {
    for (int i = from; i < Math.min(glyphs.size(), from + BRACKET_REACH); i++) {
      String t = glyphs.get(i).text();
      if (t.equals(")") || t.equals("）")) {
        return true;
      }
      if (t.equals("〉") || t.equals("》") || t.equals(">")) {
        return false;
      }
    }
    return false;
  }

  /**
   * A "%" the recognizer split into pieces ("93.5%" read "93.59%", "11.5%" read "11.5%6"): a digit
   * right after the % on its line, and a digit before it narrower than two thirds of the other
   * digits or reaching into the %'s box (the left ring of the %), are dropped.
   */
  static List<OcrGlyph> percentRepaired(List<OcrGlyph> glyphs, InkMap ink) {
    List<Integer> widths = new java.util.ArrayList<>();
    for (OcrGlyph g : glyphs) {
      if (isDigit(g)) {
        widths.add(g.x1() - g.x0());
      }
    }
    if (widths.size() < 2) {
      return glyphs;
    }
    widths.sort(null);
    int median = widths.get(widths.size() / 2);
    glyphs = percentReadAsDigits(glyphs, median, ink);
    if (glyphs.stream().noneMatch(g -> g.text().equals("%"))) {
      return glyphs;
    }
    List<OcrGlyph> out = new java.util.ArrayList<>(glyphs.size());
    for (int i = 0; i < glyphs.size(); i++) {
      OcrGlyph g = glyphs.get(i);
      boolean afterPercent = i > 0 && glyphs.get(i - 1).text().equals("%") && glyphs.get(i - 1).top() == g.top();
      OcrGlyph next = i + 1 < glyphs.size() ? glyphs.get(i + 1) : null;
      // the ring is narrow, or drawn inside the %'s own box ("=100%" read "=1009%0", the 9 at 98–105, the % at 99–120);
      // a digit starting a whole digit's width or more before the % whose box only runs on into it is a digit (h435's hazy
      // "100%": 0 at 21–60, % at 42–56; h272's ring, 9 at 917–925 before the % at 924, starts within one)
      boolean ringBeforePercent = next != null && next.text().equals("%") && next.top() == g.top()
          && (3 * (g.x1() - g.x0()) < 2 * median || g.x1() > next.x0() && next.x0() - g.x0() < median);
      if (!isDigit(g) || !afterPercent && !ringBeforePercent) {
        out.add(g);
      }
    }
    return out;
  }

  /**
   * A "%" read as two or three digits in one box ("84.59%" read "84.5956", the 5 at 1464–1475 inside the 6 at
   * 1465–1486; "100%" read "100956", the 9 and the 5 inside the 6 at 728–749; a fax at 196 dpi, h387): the number's last
   * digit, wider than a digit and a half, whose box holds the one or two digits before it. Printed digits stand side by
   * side, each in its own box (two boxes may overlap at their edges, never one inside the other); a % is the widest sign
   * of a figure.
   */
  private static List<OcrGlyph> percentReadAsDigits(List<OcrGlyph> glyphs, int digitWidth, InkMap ink) {
    int n = glyphs.size();
    if (n < 3) {
      return glyphs;
    }
    OcrGlyph last = glyphs.get(n - 1);
    if (!isDigit(last) || 2 * (last.x1() - last.x0()) < 3 * digitWidth) {
      return glyphs;
    }
    int first = n - 1;
    while (first > 0 && first > n - 3 && isDigit(glyphs.get(first - 1)) && glyphs.get(first - 1).top() == last.top()
        && within(glyphs.get(first - 1), last, Math.max(2, digitWidth / 4))) {
      first--;
    }
    if (first == n - 1 || first == 0 || glyphs.get(first - 1).text().equals(".")) {
      return glyphs; // no % stands right after a point ("89.22" with its 2s read one inside the other under a seal, h262)
    }
    float confidence = 100;
    int left = last.x0();
    for (OcrGlyph g : glyphs.subList(first, n)) {
      confidence = Math.min(confidence, g.confidence());
      left = Math.min(left, g.x0());
    }
    if (digitsInked(ink, left, last.top(), last.x1(), last.bottom(), digitWidth)) {
      return glyphs; // "100" whose last 0's box takes in the 0 before it (s06): two digits' ink, side by side
    }
    List<OcrGlyph> out = new java.util.ArrayList<>(glyphs.subList(0, first));
    // the % begins where the digit before it ends: a ring read as a digit may reach back over that digit's edge
    // ("80.2%" read "80.290", the 9 at 1248–1262 over the 2's 1236–1249, h412)
    out.add(new OcrGlyph("%", Math.max(left, glyphs.get(first - 1).x1()), last.x1(), last.top(), last.bottom(), confidence));
    return out;
  }

  /**
   * Whether the box holds digits, not a %: two pieces of ink or more each as tall as the tallest and half a digit wide
   * (digits side by side), or a hole in the ink over half its height (a 0's, where a %'s rings hold small ones, or at a
   * fax's resolution none). "100" whose 0s touch (s06) has one piece and two tall holes.
   */
  private static boolean digitsInked(InkMap ink, int x0, int y0, int x1, int y1, int digitWidth) {
    List<InkBlobs.Blob> pieces = InkBlobs.in(ink, x0, y0, x1, y1);
    int tallest = pieces.stream().mapToInt(InkBlobs.Blob::height).max().orElse(0);
    return pieces.stream().filter(b -> 4 * b.height() >= 3 * tallest && 2 * b.width() >= digitWidth).count() >= 2
        || 2 * tallestHole(ink, x0, y0, x1, y1) > tallest;
  }

  /** The height of the tallest region of paper in the box that ink encloses (not reaching the box's edge). */
  private static int tallestHole(InkMap ink, int x0, int y0, int x1, int y1) {
    x0 = Math.max(0, x0);
    y0 = Math.max(0, y0);
    x1 = Math.min(ink.width(), x1);
    y1 = Math.min(ink.height(), y1);
    int w = x1 - x0;
    int h = y1 - y0;
    if (w <= 2 || h <= 2) {
      return 0;
    }
    boolean[] seen = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        seen[y * w + x] = ink.ink(x0 + x, y0 + y);
      }
    }
    // the paper reached from the box's edge first, then each enclosed region in turn
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    for (int p = 0; p < w * h; p++) {
      int x = p % w;
      int y = p / w;
      if ((x == 0 || y == 0 || x == w - 1 || y == h - 1) && !seen[p]) {
        seen[p] = true;
        queue.add(p);
      }
    }
    fill(queue, seen, w, h, null);
    int tallest = 0;
    for (int p = 0; p < w * h; p++) {
      if (!seen[p]) {
        seen[p] = true;
        queue.add(p);
        int[] rows = {p / w, p / w};
        fill(queue, seen, w, h, rows);
        tallest = Math.max(tallest, rows[1] - rows[0] + 1);
      }
    }
    return tallest;
  }

  /** Floods the paper from the queued pixels (4-connected), widening {@code rows} (top, bottom) when given. */
  private static void fill(java.util.ArrayDeque<Integer> queue, boolean[] seen, int w, int h, int @org.jspecify.annotations.Nullable [] rows) {
    while (!queue.isEmpty()) {
      int p = queue.poll();
      int x = p % w;
      int y = p / w;
      if (rows != null) {
        rows[0] = Math.min(rows[0], y);
        rows[1] = Math.max(rows[1], y);
      }
      if (x > 0 && !seen[p - 1]) {
        seen[p - 1] = true;
        queue.add(p - 1);
      }
      if (x < w - 1 && !seen[p + 1]) {
        seen[p + 1] = true;
        queue.add(p + 1);
      }
      if (y > 0 && !seen[p - w]) {
        seen[p - w] = true;
        queue.add(p - w);
      }
      if (y < h - 1 && !seen[p + w]) {
        seen[p + w] = true;
        queue.add(p + w);
      }
    }
  }

  /** Whether {@code inner}'s box lies across inside {@code outer}'s, give or take {@code slack} pixels (a quarter digit). */
  private static boolean within(OcrGlyph inner, OcrGlyph outer, int slack) {
    return inner.x0() >= outer.x0() - slack && inner.x1() <= outer.x1() + slack;
  }

  private static boolean isDigit(OcrGlyph g) {
    return g.text().length() == 1 && Character.isDigit(g.text().charAt(0));
  }

  /** What a lone dash in a cell is read as. */
  private static final String DASHES = "一—-_－";

  /** Characters Tesseract's Chinese model makes of "≥" before a number ("三90%", "之95%"). */
  private static final String GE_MISREADS = "三之乏";
  /** ... and "≤" misread: 委, its chevron and slanted bar taken for a character (h412, h422, h430). */
  private static final String LE_MISREADS = "委";

  /**
   * The reading with a "≥" or "≤" misread as a Chinese character restored: the character must open the
   * cell or follow a space, and a digit (or the rest of the sign, "三=") must follow it, as no Chinese word stands before an Arabic
   * number this way. The glyph keeps its box and confidence.
   */
  static List<OcrGlyph> signsRestored(List<OcrGlyph> glyphs) {
    List<OcrGlyph> out = new java.util.ArrayList<>(glyphs);
    for (int i = 0; i + 1 < out.size(); i++) {
      OcrGlyph g = out.get(i);
      OcrGlyph next = out.get(i + 1);
      boolean opens = i == 0 || out.get(i - 1).top() != g.top();
      if (opens && g.text().length() == 1 && GE_MISREADS.contains(g.text()) && !next.text().isEmpty()
          && (Character.isDigit(next.text().charAt(0)) || "=＝>＞".contains(next.text()))) {
        out.set(i, new OcrGlyph("≥", g.x0(), g.x1(), g.top(), g.bottom(), g.confidence()));
      } else if (opens && g.text().length() == 1 && LE_MISREADS.contains(g.text()) && !next.text().isEmpty()
          && Character.isDigit(next.text().charAt(0))) {
        out.set(i, new OcrGlyph("≤", g.x0(), g.x1(), g.top(), g.bottom(), g.confidence()));
      }
    }
    return out;
  }

  /**
   * A well-formed 指标值 quantity: an optional comparison sign, digits with at most one point, then
   * optionally % or one or two unit characters (个, 户, 万元), and nothing else.
   */
  static boolean isQuantity(List<OcrGlyph> glyphs) {
    String t = PageScanner.text(glyphs).replace(" ", "");
    int i = 0;
    while (i < t.length() && "≥≤=<>".indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    int digits = 0;
    int points = 0;
    for (; i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.'); i++) {
      if (t.charAt(i) == '.') {
        points++;
      } else {
        digits++;
      }
    }
    if (digits == 0 || points > 1 || t.charAt(i - 1) == '.') {
      return false;
    }
    String rest = t.substring(i);
    return rest.isEmpty() || rest.equals("%") || rest.equals("‰")
        || rest.length() <= 2 && rest.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /**
   * The unit characters of a reading that looks like a quantity: digits with comparison signs, %, or
   * up to two other characters (个, 次, 万元); null when it looks like words. Characters Tesseract
   * makes of ≥ and % (之, 9 after the digits) are not units, nor is a bracket or bar (a misread 1).
   */
  static @org.jspecify.annotations.Nullable String quantityUnits(List<OcrGlyph> glyphs) {
    StringBuilder units = new StringBuilder();
    int digits = 0;
    boolean sign = false;
    for (OcrGlyph g : glyphs) {
      for (char c : g.text().toCharArray()) {
        if (Character.isDigit(c) || ONE_STROKES.indexOf(c) >= 0) {
          // a bracket or bar ("=]项" for "=1项", "=]100%") is a misread 1 or stroke, never a unit: the restricted re-read
          // reads it again as a digit or drops it
          digits++;
        } else if (QUANTITY_MARKS.indexOf(c) >= 0) {
          sign = true;
        } else if (DIGIT_LOOKALIKES.indexOf(c) < 0 && units.indexOf(String.valueOf(c)) < 0) {
          units.append(c);
        }
      }
    }
    return digits > 0 && sign && units.length() <= 2 && glyphs.size() <= 12 ? units.toString() : null;
  }

  /** What a lone upright stroke (the digit 1) is misread as beside a sign or digits. */
  private static final String ONE_STROKES = "]|[丨";

  /** Comparison signs and their usual misreadings, which make a cell a quantity. */
  private static final String QUANTITY_MARKS = "≥≤=<>＞＜＝之乏%％";

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
