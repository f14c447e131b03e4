package org.jixiao.ingest.internal;

import java.util.List;

/** The text of a paragraph or cell wrapped over several lines, joined back (PDF lines, layout-text cells). */
public final class WrappedText {
  private WrappedText() {}

  /**
   * Joins the wrapped lines of one paragraph or cell: no space where either side is CJK or where
   * the break fell inside a number or unit (a narrow cell wraps "100" as "10" over "0", "94.36" as
   * "94." over "36", "0.5g/kg" after the slash), one space between Latin words.
   */
  public static String join(List<String> parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      String s = p.strip();
      if (s.isEmpty()) {
        continue;
      }
      if (!sb.isEmpty() && !isCjk(sb.charAt(sb.length() - 1)) && !isCjk(s.charAt(0))
          && !insideNumber(sb.charAt(sb.length() - 1), s.charAt(0))) {
        sb.append(' ');
      }
      sb.append(s);
    }
    return sb.toString();
  }

  /**
   * A break between {@code a} and {@code b} fell inside a number or unit: a digit, . % ‰ / or -
   * on either side, except after a percentage, which ends its number ("1.28%" "82%").
   */
  public static boolean insideNumber(char a, char b) {
    if ((a == '%' || a == '‰') && "%‰/.)".indexOf(b) < 0) {
      return false;
    }
    return numberMark(a) || numberMark(b);
  }

  private static boolean numberMark(char c) {
    return Character.isDigit(c) || ".%‰/-".indexOf(c) >= 0;
  }

  /** CJK ideographs, kana, hangul, CJK and full-width punctuation, and the curly quotes and dashes of Chinese text. */
  public static boolean isCjk(char c) {
    return c >= 0x2E80 || (c >= 0x2014 && c <= 0x2026);
  }
}
