package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups consecutive text lines into paragraphs. A new paragraph starts after a short line (it
 * ended before the right margin), at a line indented past the previous one (first-line indent,
 * centred titles), at a change of font size, or after a gap clearly wider than the page's usual
 * line spacing.
 */
final class Paragraphs {
  private Paragraphs() {}

  /**
   * @param right the right edge of the page's text column
   * @param usualGap the page's median gap between consecutive lines
   */
  static List<PageBlock.Text> group(int page, List<TextLine> lines, double left, double right, double usualGap) {
    List<PageBlock.Text> out = new ArrayList<>();
    List<TextLine> cur = new ArrayList<>();
    for (TextLine line : lines) {
      if (!cur.isEmpty() && startsNew(cur.get(cur.size() - 1), line, right, usualGap)) {
        out.add(paragraph(page, cur, left, right));
        cur = new ArrayList<>();
      }
      cur.add(line);
    }
    if (!cur.isEmpty()) {
      out.add(paragraph(page, cur, left, right));
    }
    return out;
  }

  private static PageBlock.Text paragraph(int page, List<TextLine> lines, double left, double right) {
    TextLine first = lines.get(0);
    TextLine last = lines.get(lines.size() - 1);
    return new PageBlock.Text(page, first.top(), TextLines.joinLines(lines),
        last.x1() >= right - 1.5 * last.size(), first.x0() <= left + 0.5 * first.size());
  }

  private static boolean startsNew(TextLine prev, TextLine line, double right, double usualGap) {
    double size = Math.max(prev.size(), line.size());
    double gap = line.top() - prev.bottom();
    return prev.x1() < right - 1.5 * size
        || line.x0() > prev.x0() + size
        || Math.abs(prev.size() - line.size()) > 0.15 * size
        || gap > Math.max(usualGap * 1.6, usualGap + 0.5 * size)
        || gap < -0.5 * size;
  }

  /** Median gap between consecutive lines, or one font size when there are too few lines. */
  static double usualGap(List<TextLine> lines) {
    List<Double> gaps = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      double g = lines.get(i).top() - lines.get(i - 1).bottom();
      if (g >= 0) {
        gaps.add(g);
      }
    }
    if (gaps.size() < 3) {
      return lines.isEmpty() ? 10 : lines.get(0).size();
    }
    gaps.sort(Double::compare);
    return gaps.get(gaps.size() / 2);
  }
}
