package org.jixiao.audit.internal;

import org.jixiao.schema.CellRef;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.TextSpan;
import org.jspecify.annotations.Nullable;

/** Text shared by the renderers: locations in words, display width of CJK text. Not API. */
public final class Cells {
  private Cells() {}

  /** "table 2, row 5, col 7, p. 3" or "chars 120–140" or "" when unknown. */
  public static String describe(@Nullable SourceRef ref) {
    if (ref == null) {
      return "";
    }
    String page = ref.page() == null ? "" : ", p. " + ref.page();
    return switch (ref) {
      case CellRef c -> "table " + c.table() + ", row " + c.row() + ", col " + c.col() + page;
      case TextSpan t -> "chars " + t.start() + "–" + t.end() + page;
    };
  }

  /** Columns a terminal gives the text: 2 for East Asian wide and full-width characters. */
  public static int width(String text) {
    return text.codePoints().map(Cells::width).sum();
  }

  private static int width(int cp) {
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

  /** {@code text} cut to at most {@code max} columns (ending in …) and padded to exactly max. */
  public static String fit(String text, int max) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (width(flat) <= max) {
      return flat + " ".repeat(max - width(flat));
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int cp : flat.codePoints().toArray()) {
      int w = width(cp);
      if (used + w > max - 1) {
        break;
      }
      out.appendCodePoint(cp);
      used += w;
    }
    return out.append('…') + " ".repeat(max - used - 1);
  }
}
