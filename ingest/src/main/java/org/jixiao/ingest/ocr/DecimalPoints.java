package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A decimal point the recognizer dropped ("1.5" read "15" in a 分值 column of sample 001's 200 dpi scan, by the cell's
 * line read and by its digits-only read alike): the point is on the page, a speck of ink on the digits' baseline between
 * two of them. Put back only when the reading is digits alone, each digit is one piece of ink (so the speck's place
 * among them is known) and exactly one speck sits there, about a stroke wide and tall.
 */
final class DecimalPoints {
  /** A point is at most this share of the digits' height across, and sits this close to their foot. */
  private static final double MAX_SIZE = 0.3;
  private static final double FOOT = 0.2;

  private DecimalPoints() {}

  static List<OcrGlyph> restored(List<OcrGlyph> glyphs, InkMap ink) {
    if (glyphs.size() < 2 || !glyphs.stream().allMatch(DecimalPoints::isDigit)) {
      return glyphs;
    }
    Pieces p = pieces(glyphs, ink);
    if (p == null || p.digits().size() != glyphs.size()) {
      return glyphs;
    }
    int tallest = p.tallest();
    List<InkBlobs.Blob> digits = p.digits();
    List<InkBlobs.Blob> specks = p.specks();
    int foot = digits.stream().mapToInt(InkBlobs.Blob::y1).max().orElseThrow();
    InkBlobs.Blob point = null;
    for (InkBlobs.Blob s : specks) {
      boolean small = s.width() <= MAX_SIZE * tallest && s.height() <= MAX_SIZE * tallest
          && s.width() <= 2 * s.height() && s.height() <= 2 * s.width();
      boolean onFoot = foot - s.y1() <= FOOT * tallest;
      boolean between = digits.getFirst().x1() <= s.x0() && s.x1() <= digits.getLast().x0();
      if (small && onFoot && between) {
        if (point != null) {
          return glyphs; // two specks: dust, not a point
        }
        point = s;
      }
    }
    if (point == null) {
      return glyphs;
    }
    int before = 0;
    for (InkBlobs.Blob d : digits) {
      if (d.x1() <= point.x0()) {
        before++;
      }
    }
    List<OcrGlyph> out = new ArrayList<>(glyphs);
    float confidence = Math.min(glyphs.get(before - 1).confidence(), glyphs.get(before).confidence());
    out.add(before, new OcrGlyph(".", point.x0(), point.x1(), glyphs.get(before).top(), glyphs.get(before).bottom(), confidence));
    return out;
  }

  /** The pieces of ink under a reading: digit-sized ones (half the tallest or more) and specks. */
  private record Pieces(int tallest, List<InkBlobs.Blob> digits, List<InkBlobs.Blob> specks) {}

  private static @Nullable Pieces pieces(List<OcrGlyph> glyphs, InkMap ink) {
    int top = glyphs.stream().mapToInt(OcrGlyph::top).min().orElseThrow();
    int bottom = glyphs.stream().mapToInt(OcrGlyph::bottom).max().orElseThrow();
    List<InkBlobs.Blob> pieces = InkBlobs.in(ink, glyphs.getFirst().x0() - 1, top, glyphs.getLast().x1() + 1, bottom + 1);
    int tallest = pieces.stream().mapToInt(InkBlobs.Blob::height).max().orElse(0);
    if (tallest < 8) {
      return null;
    }
    List<InkBlobs.Blob> digits = new ArrayList<>();
    List<InkBlobs.Blob> specks = new ArrayList<>();
    for (InkBlobs.Blob p : pieces) {
      (2 * p.height() >= tallest ? digits : specks).add(p);
    }
    return new Pieces(tallest, digits, specks);
  }

  /** How many digit-sized pieces of ink a reading covers (-1 when its ink is too small to tell). */
  static int digitPieces(List<OcrGlyph> glyphs, InkMap ink) {
    Pieces p = glyphs.isEmpty() ? null : pieces(glyphs, ink);
    return p == null ? -1 : p.digits().size();
  }

  /**
   * Thousands separators read as points ("4,881.32" read "4.881.32" in a lossy WebP, h413): a figure has one decimal
   * point, so when its points part groups of exactly three digits before the last one, those are separators, and are
   * left out as a comma the digits-only reading does not allow is. A lone point is left as it is ("4.881" may be either).
   */
  static List<OcrGlyph> separatorsDropped(List<OcrGlyph> glyphs) {
    String text = PageScanner.text(glyphs);
    if (!GROUPED.matcher(text).matches()) {
      return glyphs;
    }
    int last = text.lastIndexOf('.');
    List<OcrGlyph> out = new ArrayList<>();
    int at = 0;
    for (OcrGlyph g : glyphs) {
      if (!(g.text().equals(".") && at != last)) {
        out.add(g);
      }
      at += g.text().length();
    }
    return out;
  }

  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+\\.\\d+%?");

  private static boolean isDigit(OcrGlyph g) {
    return g.text().length() == 1 && Character.isDigit(g.text().charAt(0));
  }
}
