package org.jixiao.audit;

import org.jixiao.schema.CellRef;
import org.jixiao.schema.MetaRef;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.TextSpan;
import org.jspecify.annotations.Nullable;

/** Text shared by the renderers: locations in words, one-line cells of CJK text. */
final class Cells {
  private Cells() {}

  /** "table 2, row 5, col 7, p. 3" or "chars 120–140" or "document title" or "" when unknown. */
  static String describe(@Nullable SourceRef ref) {
    if (ref == null) {
      return "";
    }
    String page = ref.page() == null ? "" : ", p. " + ref.page();
    return switch (ref) {
      case CellRef c -> "table " + c.table() + ", row " + c.row() + ", col " + c.col() + page;
      case TextSpan t -> "chars " + t.start() + "–" + t.end() + page;
      case MetaRef m -> "document " + m.key();
    };
  }

  /** "also at table 0, row 9, col 6; chars 120–140", or "" when the finding stands in one place. */
  static String alsoAt(java.util.List<SourceRef> refs) {
    if (refs.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("also at ");
    for (int i = 0; i < refs.size(); i++) {
      out.append(i == 0 ? "" : "; ").append(describe(refs.get(i)));
    }
    return out.toString();
  }

  /** Columns a terminal gives the text; see {@link DisplayWidth#of(String)}. */
  static int width(String text) {
    return DisplayWidth.of(text);
  }

  /**
   * {@code text} on one line (white space runs folded to a space, ends stripped), cut to at most
   * {@code max} columns (ending in …) and padded to exactly max.
   */
  static String fit(String text, int max) {
    return DisplayWidth.fit(text.replaceAll("\\s+", " ").strip(), max);
  }
}
