package org.jixiao.ingest.pdf;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Running headers and footers (页眉/页脚: a report number such as "XX绩评〔2023〕15号", the report
 * title, "第3页 共15页"): a line in the top or bottom band of a page whose text, digits aside, is
 * printed in the same band on most pages. A line with wide gaps between its words is a table row
 * (a header row repeated on continuation pages), never a running line.
 */
final class RunningLines {
  /** A running line is on at least this many pages … */
  private static final int MIN_PAGES = 3;
  /** … and on at least this fraction of the readable pages. */
  private static final double MIN_SHARE = 0.5;
  /** A gap wider than this many font sizes inside a line makes it a row of columns. */
  private static final double COLUMN_GAP = 3.0;

  private final Set<String> keys;

  private RunningLines(Set<String> keys) {
    this.keys = Set.copyOf(keys);
  }

  static RunningLines none() {
    return new RunningLines(Set.of());
  }

  /** The running lines of a document, from the text lines of each readable page. */
  static RunningLines find(List<PageLines> pages) {
    Map<String, Integer> counts = new HashMap<>();
    for (PageLines p : pages) {
      Set<String> seen = new HashSet<>();
      for (TextLine l : p.lines()) {
        String k = key(l, p.height());
        if (k != null && seen.add(k)) {
          counts.merge(k, 1, Integer::sum);
        }
      }
    }
    int min = Math.max(MIN_PAGES, (int) Math.ceil(MIN_SHARE * pages.size()));
    Set<String> keys = new HashSet<>();
    counts.forEach((k, n) -> {
      if (n >= min) {
        keys.add(k);
      }
    });
    return new RunningLines(keys);
  }

  /** True when {@code line} is one of the document's running headers or footers. */
  boolean isRunning(TextLine line, double pageHeight) {
    String k = key(line, pageHeight);
    return k != null && keys.contains(k);
  }

  boolean isEmpty() {
    return keys.isEmpty();
  }

  /** "T:" or "B:" and the text without spaces, digits as '#'; null outside the bands or for a row of columns. */
  private static String key(TextLine l, double pageHeight) {
    String side;
    if (l.top() <= pageHeight * PageFurniture.BAND) {
      side = "T:";
    } else if (l.bottom() >= pageHeight * (1 - PageFurniture.BAND)) {
      side = "B:";
    } else {
      return null;
    }
    List<Glyph> g = l.glyphs();
    for (int i = 1; i < g.size(); i++) {
      if (g.get(i).x0() - g.get(i - 1).x1() > COLUMN_GAP * Math.max(g.get(i).size(), g.get(i - 1).size())) {
        return null;
      }
    }
    String t = Normalizer.normalize(l.text(), Normalizer.Form.NFKC).replaceAll("\\s+", "").replaceAll("\\d", "#");
    return t.isEmpty() ? null : side + t;
  }

  /** The text lines of one page and its height. */
  record PageLines(List<TextLine> lines, double height) {
    PageLines {
      lines = List.copyOf(lines);
    }
  }
}
