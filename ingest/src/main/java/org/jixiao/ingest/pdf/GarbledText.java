package org.jixiao.ingest.pdf;

import java.util.List;

/**
 * A text layer that does not decode to text ("复制出来是乱码"): a page whose fonts carry no Unicode map (no ToUnicode,
 * glyphs named cid00012) gives its character codes as they are, so a Chinese page comes out as control characters,
 * punctuation and stray letters. Such a page is read as its picture is, by OCR. Told by what the codes come out as: no
 * Chinese character at all among {@value #MIN_GLYPHS} or more, and either control characters (which no text holds) or
 * more marks than letters and digits.
 */
final class GarbledText {
  static final int MIN_GLYPHS = 20;
  /** Control characters among a page's glyphs above this share: codes, not text. */
  private static final double CONTROL_SHARE = 0.05;
  /** Marks (punctuation, symbols) above this share with no Chinese: codes, not a page of figures (1,850.00 94.30%). */
  private static final double MARK_SHARE = 0.5;

  private GarbledText() {}

  static boolean is(List<Glyph> glyphs) {
    int n = 0;
    int control = 0;
    int marks = 0;
    for (Glyph g : glyphs) {
      for (int i = 0; i < g.text().length(); ) {
        int c = g.text().codePointAt(i);
        i += Character.charCount(c);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          continue;
        }
        n++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
          return false;
        }
        if (Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.PRIVATE_USE) {
          control++;
        } else if (!Character.isLetterOrDigit(c)) {
          marks++;
        }
      }
    }
    return n >= MIN_GLYPHS && (control > CONTROL_SHARE * n || marks > MARK_SHARE * n);
  }
}
