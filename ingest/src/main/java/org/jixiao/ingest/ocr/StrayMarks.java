package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Punctuation the recognizer makes of the white space between the columns of a page read as lines
 * ("一级指标”二级指标", "3 。≥80%"): a quotation mark without its partner in the same column of the line, and a full stop
 * or comma standing after a gap wider than half the line's height (a sentence does not open with one).
 * Dropped, so the gap is seen as the column break it is.
 */
final class StrayMarks {
  private static final String OPENING = "“‘";
  private static final String CLOSING = "”’";
  private static final String STOPS = "。，、.,'";

  private StrayMarks() {}

  static List<OcrGlyph> dropped(List<OcrGlyph> glyphs) {
    List<OcrGlyph> out = new ArrayList<>(glyphs.size());
    int start = 0;
    while (start < glyphs.size()) {
      int end = start;
      while (end < glyphs.size() && glyphs.get(end).top() == glyphs.get(start).top()) {
        end++;
      }
      out.addAll(line(glyphs.subList(start, end)));
      start = end;
    }
    return out;
  }

  private static List<OcrGlyph> line(List<OcrGlyph> line) {
    boolean[] drop = new boolean[line.size()];
    int open = -1;
    for (int i = 0; i < line.size(); i++) {
      String t = line.get(i).text();
      OcrGlyph g0 = line.get(i);
      if (open >= 0 && i > 0 && g0.x0() - line.get(i - 1).x1() > g0.bottom() - g0.top()) {
        // a quotation does not run across a column gap: the mark before the gap has no partner
        drop[open] = true;
        open = -1;
      }
      if (OPENING.contains(t) && t.length() == 1) {
        if (open >= 0) {
          drop[open] = true;
        }
        open = i;
      } else if (CLOSING.contains(t) && t.length() == 1) {
        if (open >= 0) {
          open = -1;
        } else {
          drop[i] = true;
        }
      } else if (STOPS.contains(t) && t.length() == 1 && i > 0) {
        OcrGlyph g = line.get(i);
        drop[i] = g.x0() - line.get(i - 1).x1() > (g.bottom() - g.top()) / 2;
      }
    }
    if (open >= 0) {
      drop[open] = true;
    }
    List<OcrGlyph> out = new ArrayList<>(line.size());
    for (int i = 0; i < line.size(); i++) {
      if (!drop[i]) {
        out.add(line.get(i));
      }
    }
    return out;
  }
}
