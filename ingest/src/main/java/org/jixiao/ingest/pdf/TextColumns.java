package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * 分栏: prose set in two columns over part of a page (a report's narrative beside its headings, a bulletin's layout).
 * Lines on one baseline across both columns would read as one ("…工作部门， （一）不动产登记服务…"), so a band of lines
 * that keep a common gutter near the middle of the text area is read column by column, left then right, each with
 * its own margins (where its lines end) for paragraph breaking. A band needs {@value #MIN_TWO_SIDED} lines with text on both sides of the
 * gutter, starts at one of them, and ends at a line that crosses the gutter (a centred title, a full-width line) or
 * after a gap far wider than the usual line spacing.
 */
final class TextColumns {
  /** Lines with words on both sides of the gutter before a band counts as two columns. */
  static final int MIN_TWO_SIDED = 4;
  /** The gutter's least width, in font sizes (a word space is about a quarter). */
  static final double MIN_GUTTER = 1.5;
  /** Each column spans at least this share of the text area's width. */
  private static final double MIN_COLUMN = 0.35;
  /** The gutter lies in this middle part of the text area. */
  private static final double MIDDLE_FROM = 0.25;
  private static final double MIDDLE_TO = 0.75;

  private TextColumns() {}

  /** The lines' paragraphs, two-column bands read column by column. */
  static List<PageBlock.Text> group(int page, List<TextLine> lines, double left, double right, double usualGap) {
    List<PageBlock.Text> out = new ArrayList<>();
    List<TextLine> single = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Band band = band(lines, i, left, right, usualGap);
      if (band == null) {
        single.add(lines.get(i++));
        continue;
      }
      out.addAll(Paragraphs.group(page, single, left, right, usualGap));
      single = new ArrayList<>();
      List<TextLine> l = new ArrayList<>();
      List<TextLine> r = new ArrayList<>();
      for (TextLine line : lines.subList(i, band.end())) {
        List<Glyph> lg = line.glyphs().stream().filter(g -> g.x1() <= band.gutterFrom()).toList();
        List<Glyph> rg = line.glyphs().stream().filter(g -> g.x1() > band.gutterFrom()).toList();
        if (!lg.isEmpty()) {
          l.add(TextLines.line(lg));
        }
        if (!rg.isEmpty()) {
          r.add(TextLines.line(rg));
        }
      }
      double leftRight = l.stream().mapToDouble(LineBreaks::contentRight).max().orElse(band.gutterFrom());
      double rightLeft = r.stream().mapToDouble(TextLine::x0).min().orElse(band.gutterTo());
      double rightRight = r.stream().mapToDouble(LineBreaks::contentRight).max().orElse(right);
      out.addAll(Paragraphs.group(page, l, left, leftRight, usualGap));
      out.addAll(Paragraphs.group(page, r, rightLeft, rightRight, usualGap));
      i = band.end();
    }
    out.addAll(Paragraphs.group(page, single, left, right, usualGap));
    return out;
  }

  /** Lines from..end-1 keep a gutter between x gutterFrom and gutterTo. */
  private record Band(int end, double gutterFrom, double gutterTo) {}

  private static Band band(List<TextLine> lines, int from, double left, double right, double usualGap) {
    double lo = left + MIDDLE_FROM * (right - left);
    double hi = left + MIDDLE_TO * (right - left);
    double[] gap = widestGap(lines.get(from), lo, hi);
    if (gap == null || !twoSided(lines.get(from), gap)) {
      return null;
    }
    double g0 = gap[0];
    double g1 = gap[1];
    int twoSided = 1;
    int end = from + 1;
    for (; end < lines.size(); end++) {
      TextLine line = lines.get(end);
      TextLine prev = lines.get(end - 1);
      if (line.top() - prev.bottom() > Math.max(2.5 * usualGap, 1.5 * line.size())) {
        break;
      }
      double a = g0;
      double b = g1;
      for (Glyph g : line.glyphs()) {
        if (g.x1() > a && g.x0() < b) { // a glyph inside the gutter narrows it from the side it stands on
          if (g.x0() - a > b - g.x1()) {
            b = Math.min(b, g.x0());
          } else {
            a = Math.max(a, g.x1());
          }
        }
      }
      if (b - a < MIN_GUTTER * line.size()) {
        break;
      }
      g0 = a;
      g1 = b;
      if (twoSided(line, new double[] {g0, g1})) {
        twoSided++;
      }
    }
    // both columns prose-wide: a column of short labels beside their values (项目名称 | X) is a form, not two columns
    boolean wide = g0 - left >= MIN_COLUMN * (right - left) && right - g1 >= MIN_COLUMN * (right - left);
    return twoSided >= MIN_TWO_SIDED && wide ? new Band(end, g0, g1) : null;
  }

  /** The widest gap between the line's glyphs that overlaps the middle and is wide enough to be a gutter. */
  private static double[] widestGap(TextLine line, double lo, double hi) {
    List<Glyph> g = line.glyphs();
    double[] best = null;
    for (int k = 1; k < g.size(); k++) {
      double a = g.get(k - 1).x1();
      double b = g.get(k).x0();
      if (b - a >= MIN_GUTTER * line.size() && b > lo && a < hi && (best == null || b - a > best[1] - best[0])) {
        best = new double[] {a, b};
      }
    }
    return best;
  }

  private static boolean twoSided(TextLine line, double[] gutter) {
    return line.x0() < gutter[0] && line.x1() > gutter[1];
  }
}
