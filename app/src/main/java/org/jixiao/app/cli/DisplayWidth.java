package org.jixiao.app.cli;

/** Terminal column width of text: East Asian wide and full-width characters take two columns. */
final class DisplayWidth {
  private DisplayWidth() {}

  static int of(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /** Pads (or cuts, with …) to exactly {@code width} columns. */
  static String fit(String s, int width) {
    StringBuilder out = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int cw = isWide(cp) ? 2 : 1;
      if (w + cw > width - (i + Character.charCount(cp) < s.length() ? 1 : 0) && of(s) > width) {
        out.append('…');
        w += 1;
        break;
      }
      out.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    return out + " ".repeat(Math.max(0, width - w));
  }
}
