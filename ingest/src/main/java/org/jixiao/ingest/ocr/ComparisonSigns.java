package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Comparison signs told apart by their ink, where the recognizer confuses them: at 150–200 dpi
 * Tesseract's Chinese model reads "≥" as "=" and "≤" as "<" with high confidence. A "=" is two
 * bars of the same width; a "≥" or "≤" is a chevron (rows narrower than the bar) over a bar, and
 * the chevron's point, right or left of its arms, says which.
 */
final class ComparisonSigns {
  /** A chevron's row spans under this share of the sign's width; a bar of "=" spans more. */
  private static final double NARROW = 0.75;
  /** A bar spans at least this share of the sign's width. */
  private static final double BAR_WIDTH = 0.7;

  private ComparisonSigns() {}

  /** The glyphs with each "=", "<", ">" that the ink shows is "≥" or "≤" replaced (box and confidence kept). */
  static List<OcrGlyph> restored(List<OcrGlyph> glyphs, InkMap ink) {
    List<OcrGlyph> out = new ArrayList<>(glyphs.size());
    for (int i = 0; i < glyphs.size(); i++) {
      OcrGlyph g = glyphs.get(i);
      String sign = switch (g.text()) {
        case "=", "＝" -> sign(ink, g);
        case "<", ">", "＜", "＞" -> firstOf(sign(ink, g), slantedBar(ink, g) ? chevron(ink, g) : null);
        // the model itself turns a clean "≥" into "≤" (and back) at 200 dpi with confidence 98: its chevron says which
        case "≥", "≤" -> chevron(ink, g);
        // a character before a number at the start of a phrase: at 150 dpi "≥" is read as 产, 关 or 所
        // (and at 150 dpi with its bar slanted and run into the chevron, "≤" as 所: the chevron alone tells it)
        default -> opensNumber(glyphs, i) && g.text().length() == 1
            ? firstOf(sign(ink, g), han(g.text()) ? chevron(ink, g) : null) : null;
      };
      OcrGlyph read = sign == null ? g : new OcrGlyph(sign, g.x0(), g.x1(), g.top(), g.bottom(), g.confidence());
      OcrGlyph before = out.isEmpty() ? null : out.getLast();
      if (before != null && before.top() == g.top() && isSign(before.text()) && isSign(read.text())) {
        // one sign read as two ("≥" as "三" and "=", or ">="): they are one sign, the stronger one
        out.set(out.size() - 1, new OcrGlyph(stronger(before.text(), read.text()), before.x0(), g.x1(), g.top(), g.bottom(),
            Math.min(before.confidence(), g.confidence())));
      } else {
        out.add(read);
      }
    }
    return out;
  }

  /**
   * A sign the recognizer took into the digit after it in a table cell ("≥2800元" read "2800元", the 2's box 663–695
   * where a digit is 12 wide; "≥85%" read "85%"; a fax at 196 dpi, h387): a number's first digit at least {@link #WIDE}
   * digits wide whose first piece of ink, left of the digit, is a chevron is that sign and the digit. Only in a cell,
   * where a figure stands alone: in a page's lines a wide box is as often a colon or a bracket run into a date.
   */
  static List<OcrGlyph> signsInDigits(List<OcrGlyph> glyphs, InkMap ink) {
    List<OcrGlyph> out = new ArrayList<>(glyphs.size() + 1);
    for (int i = 0; i < glyphs.size(); i++) {
      OcrGlyph g = glyphs.get(i);
      OcrGlyph before = i == 0 ? null : glyphs.get(i - 1);
      // the number's first digit: first on its line of the cell, or after a gap (never after a digit, a point, a sign or a
      // hyphen: "0370-26…" is one number)
      boolean opens = before == null || before.top() != g.top() || g.x0() - before.x1() > (g.bottom() - g.top()) / 2;
      int digit = opens && isDigit(g) ? digitWidth(glyphs, g) : 0;
      String sign = digit > 0 && g.x1() - g.x0() >= WIDE * digit
          ? chevron(ink, g.x0() - 1, g.top(), g.x1() - digit, g.bottom()) : null;
      if (sign == null) {
        out.add(g);
      } else {
        out.add(new OcrGlyph(sign, g.x0(), g.x1() - digit - 1, g.top(), g.bottom(), g.confidence()));
        out.add(new OcrGlyph(g.text(), g.x1() - digit, g.x1(), g.top(), g.bottom(), g.confidence()));
      }
    }
    return out;
  }

  /** The width of a digit beside {@code g}: the lower median of the other digits' boxes (some hold more, as g may); 0 when there is none. */
  private static int digitWidth(List<OcrGlyph> glyphs, OcrGlyph g) {
    List<Integer> widths = new ArrayList<>();
    for (OcrGlyph o : glyphs) {
      if (o != g && isDigit(o) && o.top() == g.top()) {
        widths.add(o.x1() - o.x0());
      }
    }
    widths.sort(null);
    return widths.isEmpty() ? 0 : widths.get((widths.size() - 1) / 2);
  }

  private static boolean isDigit(OcrGlyph g) {
    return g.text().length() == 1 && Character.isDigit(g.text().charAt(0));
  }

  /** A digit's box this many times a digit's width holds more than the digit. */
  private static final double WIDE = 1.8;

  /** Whether glyph {@code i} stands first in its phrase (after a gap or at the line's start) and a digit follows it. */
  private static boolean opensNumber(List<OcrGlyph> glyphs, int i) {
    OcrGlyph g = glyphs.get(i);
    if (i + 1 >= glyphs.size() || glyphs.get(i + 1).top() != g.top() || glyphs.get(i + 1).text().isEmpty()
        || !Character.isDigit(glyphs.get(i + 1).text().charAt(0))) {
      return false;
    }
    if (i == 0 || glyphs.get(i - 1).top() != g.top()) {
      return true;
    }
    return g.x0() - glyphs.get(i - 1).x1() > (g.bottom() - g.top()) / 2;
  }

  private static boolean isSign(String s) {
    return s.length() == 1 && "≥≤=<>＝＜＞".contains(s);
  }

  /** The sign two pieces of one sign make: an inequality wins over "=", "≥" or "≤" over a bare "<" or ">". */
  private static String stronger(String a, String b) {
    String both = a + b;
    if (both.contains("≤") || both.contains("<") || both.contains("＜")) {
      return "≤";
    }
    if (both.contains("≥") || both.contains(">") || both.contains("＞")) {
      return "≥";
    }
    return "=";
  }

  /**
   * "≥" or "≤" when the glyph's ink is a chevron over a separate bar: wide rows at the foot, blank rows
   * above them, then rows narrower than the bar (a "=" has a second bar there), else null.
   */
  private static @org.jspecify.annotations.Nullable String sign(InkMap ink, OcrGlyph g) {
    int[] b = ink.bounds(g.x0(), g.top(), g.x1(), g.bottom());
    if (b == null || b[3] - b[1] < 5 || b[2] - b[0] < 3) {
      return null;
    }
    int w = b[2] - b[0];
    int y = b[3] - 1;
    while (y > b[1] && extent(ink, b, y) >= BAR_WIDTH * w) {
      y--;
    }
    // "=" (or a character) must show a blank row above the bar (else a blurred "=", or 至, could pass
    // for a chevron over a bar); a bare "<" or ">" has no wide row at its foot at all, so a bar there,
    // even blurred into the chevron, is the sign's
    boolean chevron = "<>＜＞".contains(g.text());
    if (y == b[3] - 1 || !chevron && extent(ink, b, y) > 0) {
      return null;
    }
    while (y > b[1] && extent(ink, b, y) == 0) {
      y--;
    }
    int narrow = 0;
    for (int r = b[1]; r <= y; r++) {
      int e = extent(ink, b, r);
      if (e > 0 && e < NARROW * w) {
        narrow++;
      }
    }
    return narrow >= 2 ? pointing(ink, new int[] {b[0], b[1], b[2], y + 1}) : null;
  }

  /**
   * Whether a slanted bar of its own lies under the chevron of a sign read "<" or ">": "⩾" and "⩽", the ≥ and ≤ of fonts
   * that draw the bar parallel to the lower arm (a platform's screenshot, h420), which the recognizer reads as the bare
   * chevron. The bar may fall below the recognizer's box, so half a line under it is looked at too.
   */
  private static boolean slantedBar(InkMap ink, OcrGlyph g) {
    int h = g.bottom() - g.top();
    List<InkBlobs.Blob> pieces = InkBlobs.in(ink, g.x0() - 1, g.top(), g.x1() + 1, Math.min(ink.height(), g.bottom() + h / 2));
    InkBlobs.Blob chevron = null;
    for (InkBlobs.Blob p : pieces) {
      if (!straight(p) && (chevron == null || p.height() > chevron.height())) {
        chevron = p;
      }
    }
    if (chevron == null) {
      return false;
    }
    for (InkBlobs.Blob p : pieces) {
      if (p != chevron && slanted(p) && p.height() >= 3 && p.height() < chevron.height() && 2 * p.width() >= chevron.width()
          && p.y0() > chevron.y0() + chevron.height() / 2 && p.y1() > chevron.y1()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A stroke whose two edges both move one way from top to foot (a pixel of blur aside), by half its height or more: a
   * slanted bar.
   */
  private static boolean slanted(InkBlobs.Blob b) {
    int[] l = b.left();
    int[] r = b.right();
    int n = l.length;
    boolean left = true;
    boolean right = true;
    for (int i = 1; i < n; i++) {
      left &= l[i] <= l[i - 1] + 1 && r[i] <= r[i - 1] + 1;
      right &= l[i] >= l[i - 1] - 1 && r[i] >= r[i - 1] - 1;
    }
    return (left || right) && Math.abs(l[n - 1] - l[0]) >= n / 2;
  }

  /** How wide the ink on row {@code y} of the box spans (0 when the row is blank). */
  private static int extent(InkMap ink, int[] b, int y) {
    int first = -1;
    int last = -1;
    for (int x = b[0]; x < b[2]; x++) {
      if (ink.ink(x, y)) {
        if (first < 0) {
          first = x;
        }
        last = x;
      }
    }
    return first < 0 ? 0 : last - first + 1;
  }

  /** Which way the chevron in the top part of the box points: "≥" when its point is on the right. */
  private static String pointing(InkMap ink, int[] b) {
    String byShape = chevron(ink, b[0], b[1], b[2], b[3]);
    if (byShape != null) {
      return byShape;
    }
    int rows = b[3] - b[1];
    double top = centre(ink, b, b[1]);
    double middle = centre(ink, b, b[1] + Math.max(1, rows * 3 / 10));
    return middle > top ? "≥" : "≤";
  }

  /** A Chinese character: a digit's strokes ("2") can make a chevron, and a digit is never a misread sign. */
  private static boolean han(String s) {
    return Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
  }

  private static @org.jspecify.annotations.Nullable String firstOf(@org.jspecify.annotations.Nullable String a,
      @org.jspecify.annotations.Nullable String b) {
    return a != null ? a : b;
  }

  /** The sign a glyph read as "≥" or "≤" is, told by the first chevron in its box; null when no clear chevron is there. */
  static @org.jspecify.annotations.Nullable String chevron(InkMap ink, OcrGlyph g) {
    return chevron(ink, g.x0() - 1, g.top(), g.x1() + 1, g.bottom());
  }

  /**
   * "≥" when the leftmost chevron-like piece of ink in the box points right (its top and foot rows start
   * at its left edge, its middle rows only right of its middle), "≤" when it points left, null when the
   * first piece tall enough to judge is neither. Only the piece is judged: the recognizer's box of a sign
   * often takes in the edge of the digit after it, which made a judgement on all the box's ink flip signs.
   */
  static @org.jspecify.annotations.Nullable String chevron(InkMap ink, int x0, int y0, int x1, int y1) {
    int minHeight = Math.max(5, (y1 - y0) / 5);
    for (InkBlobs.Blob piece : InkBlobs.in(ink, x0, y0, x1, y1)) {
      InkBlobs.Blob b = piece.withoutFootBar(BAR_WIDTH);
      if (b.height() < minHeight || b.width() < 3 || b.width() > 3 * b.height() || straight(b)) {
        continue; // a bar (level or slanted: "≤" drawn with its bar parallel to the lower arm), a speck or a stroke too small to judge
      }
      int h = b.height();
      int w = b.width() - 1;
      int[] l = b.left();
      int[] r = b.right();
      // the middle rows: how far in the inner edge of the point reaches, how far out its tip
      int innerLeft = -1;
      int outerRight = -1;
      int innerRight = Integer.MAX_VALUE;
      int outerLeft = Integer.MAX_VALUE;
      for (int i = Math.max(1, h / 2 - 1); i <= Math.min(h - 2, h / 2 + 1); i++) {
        innerLeft = Math.max(innerLeft, l[i]);
        outerRight = Math.max(outerRight, r[i]);
        innerRight = Math.min(innerRight, r[i]);
        outerLeft = Math.min(outerLeft, l[i]);
      }
      int quarter = Math.max(1, w / 4);
      boolean right = l[0] <= b.x0() + quarter && l[h - 1] <= b.x0() + quarter
          && innerLeft >= b.x0() + w / 2 && outerRight >= b.x0() + w - quarter;
      boolean left = r[0] >= b.x0() + w - quarter && r[h - 1] >= b.x0() + w - quarter
          && innerRight <= b.x0() + w / 2 && outerLeft <= b.x0() + quarter;
      return right == left ? null : right ? "≥" : "≤";
    }
    return null;
  }

  /**
   * A straight stroke: every row thin, its left edge moving one way only from top to foot (a slanted bar); a chevron's
   * left edge turns at its point.
   */
  static boolean straight(InkBlobs.Blob b) {
    int[] l = b.left();
    int[] r = b.right();
    int thin = Math.max(4, b.width() / 3);
    boolean rises = true;
    boolean falls = true;
    for (int i = 0; i < l.length; i++) {
      if (r[i] - l[i] + 1 > thin) {
        return false;
      }
      if (i > 0) {
        rises &= l[i] <= l[i - 1];
        falls &= l[i] >= l[i - 1];
      }
    }
    return rises || falls;
  }

  /** Mean x of the ink on row {@code y} within the box's width. */
  private static double centre(InkMap ink, int[] b, int y) {
    long sum = 0;
    int n = 0;
    for (int x = b[0]; x < b[2]; x++) {
      if (ink.ink(x, y)) {
        sum += x;
        n++;
      }
    }
    return n == 0 ? (b[0] + b[2]) / 2.0 : (double) sum / n;
  }
}
