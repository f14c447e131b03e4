package org.jixiao.audit;

/**
 * Terminal column width of text, for the plain-text tables of audit and the CLI: East Asian wide
 * and full-width characters take two columns, combining marks and zero-width space none.
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  /** Columns a terminal gives {@code text}. */
  public static int of(String text) {
    return text.codePoints().map(DisplayWidth::of).sum();
  }

  /** Columns a terminal gives one code point: 0, 1 or 2. */
  public static int of(int cp) {
    if (cp == '\t') {
      return 1;
    }
    if (Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0x200B) {
      return 0;
    }
    boolean wide =
        (cp >= 0x1100 && cp <= 0x115F)
            || (cp >= 0x2E80 && cp <= 0x303E)
            || (cp >= 0x3041 && cp <= 0x33FF)
            || (cp >= 0x3400 && cp <= 0x4DBF)
            || (cp >= 0x4E00 && cp <= 0x9FFF)
            || (cp >= 0xA000 && cp <= 0xA4CF)
            || (cp >= 0xAC00 && cp <= 0xD7A3)
            || (cp >= 0xF900 && cp <= 0xFAFF)
            || (cp >= 0xFE30 && cp <= 0xFE4F)
            || (cp >= 0xFF00 && cp <= 0xFF60)
            || (cp >= 0xFFE0 && cp <= 0xFFE6)
            || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }

  /**
   * {@code text} padded to exactly {@code max} columns, or, when wider, cut to {@code max - 1}
   * columns and ended with … (white space is kept as it is).
   */
  public static String fit(String text, int max) {
    int width = of(text);
    if (width <= max) {
      return text + " ".repeat(max - width);
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int cp : text.codePoints().toArray()) {
      int w = of(cp);
      if (used + w > max - 1) {
        break;
      }
      out.appendCodePoint(cp);
      used += w;
    }
    return out.append('…') + " ".repeat(Math.max(0, max - used - 1));
  }
}
