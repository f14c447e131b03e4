package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.internal.WrappedText;

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
      // of the two readings, the one that holds more lines (a full-width stop can end an aligned band early)
      Band aligned = band(lines, i, left, right, usualGap);
      Band stagger = staggered(lines, i, left, right, usualGap);
      Band band = aligned == null || stagger != null && stagger.end() > aligned.end() ? stagger : aligned;
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
      double leftRight = usualEnd(l, band.gutterFrom());
      double rightLeft = r.stream().mapToDouble(TextLine::x0).min().orElse(band.gutterTo());
      double rightRight = usualEnd(r, right);
      out.addAll(joined(Paragraphs.group(page, l, left, leftRight, usualGap), Paragraphs.group(page, r, rightLeft, rightRight, usualGap)));
      i = band.end();
    }
    out.addAll(Paragraphs.group(page, single, left, right, usualGap));
    return out;
  }

  /**
   * The left column's paragraphs then the right's, the one cut by the column break joined: the left column ends full
   * and the right one starts flush, as a paragraph running over a page break is joined ({@link LayoutWriter}).
   */
  private static List<PageBlock.Text> joined(List<PageBlock.Text> left, List<PageBlock.Text> right) {
    List<PageBlock.Text> out = new ArrayList<>(left);
    if (left.isEmpty() || right.isEmpty()) {
      out.addAll(right);
      return out;
    }
    PageBlock.Text last = left.getLast();
    PageBlock.Text next = right.getFirst();
    if (last.endsFull() && next.startsFlush() && !Paragraphs.opensOutline(last.text(), next.text())) {
      out.set(out.size() - 1, new PageBlock.Text(last.page(), last.top(),
          WrappedText.join(List.of(last.text(), next.text())), next.endsFull(), last.startsFlush()));
      out.addAll(right.subList(1, right.size()));
    } else {
      out.addAll(right);
    }
    return out;
  }

  /**
   * Where a column's full lines end: the end three lines in four reach, not the furthest (one line set a little wide,
   * its last glyph a full-width stop, would make every full line look short and end its paragraph).
   */
  private static double usualEnd(List<TextLine> lines, double otherwise) {
    double[] ends = lines.stream().mapToDouble(LineBreaks::contentRight).sorted().toArray();
    if (ends.length == 0) {
      return otherwise;
    }
    // a few lines tell no usual end (a heading may be one of four): the furthest, as for a page
    return ends.length < MIN_LINES_FOR_USUAL_END ? ends[ends.length - 1] : ends[(int) Math.floor(0.75 * (ends.length - 1))];
  }

  /** Lines a column needs before where most of them end is its margin. */
  private static final int MIN_LINES_FOR_USUAL_END = 8;

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

  /** The least gutter, in font sizes, left between a staggered band's columns by its widest lines. */
  private static final double STAGGER_LEAST_GUTTER = 0.1;
  /** How many lines ahead a staggered band's gutter is looked for. */
  private static final int STAGGER_WINDOW = 40;

  /**
   * Two columns whose baselines do not line up (h257: each column set on its own grid, the right one half a line
   * lower), so that no line has text on both sides of the gutter: a run of lines, each on one side of an empty strip
   * near the middle (the strip the fewest of the next lines cross), with {@value #MIN_TWO_SIDED} or more lines on each
   * side whose heights interleave. Ends where {@link #band} ends one: at a line crossing the strip, or a wide gap.
   */
  private static Band staggered(List<TextLine> lines, int from, double left, double right, double usualGap) {
    double lo = left + MIDDLE_FROM * (right - left);
    double hi = left + MIDDLE_TO * (right - left);
    double mid = emptiestStrip(lines.subList(from, Math.min(lines.size(), from + STAGGER_WINDOW)), lo, hi);
    double leftEnd = -Double.MAX_VALUE; // where the left column's lines end at the furthest
    double rightStart = Double.MAX_VALUE; // where the right column's lines start at the nearest
    int leftLines = 0;
    int rightLines = 0;
    int turns = 0; // how often the side changes from one line to the next: columns interleave, blocks do not
    int lastSide = 0;
    int end = from;
    for (; end < lines.size(); end++) {
      TextLine line = lines.get(end);
      if (end > from && line.top() - lines.get(end - 1).bottom() > Math.max(2.5 * usualGap, 1.5 * line.size())) {
        break;
      }
      // a left line and a right line that happen to share a baseline are one line with the gutter inside it
      double lastLeft = line.glyphs().stream().filter(g -> g.x1() <= mid).mapToDouble(Glyph::x1).max().orElse(-Double.MAX_VALUE);
      double firstRight = line.glyphs().stream().filter(g -> g.x0() >= mid).mapToDouble(Glyph::x0).min().orElse(Double.MAX_VALUE);
      boolean crosses = line.glyphs().stream().anyMatch(g -> g.x0() < mid && g.x1() > mid);
      if (crosses || lastLeft > -Double.MAX_VALUE && firstRight < Double.MAX_VALUE
          && firstRight - lastLeft < STAGGER_LEAST_GUTTER * line.size()) {
        break;
      }
      double l = Math.max(leftEnd, lastLeft);
      double r = Math.min(rightStart, firstRight);
      // each line keeps to its side of the strip; a line set a little wider (full-width quotes) may narrow the gutter
      // to a word space, as long as it does not reach the other column
      if (l > -Double.MAX_VALUE && r < Double.MAX_VALUE && r - l < STAGGER_LEAST_GUTTER * line.size()) {
        break;
      }
      leftEnd = l;
      rightStart = r;
      boolean onLeft = lastLeft > -Double.MAX_VALUE;
      boolean onRight = firstRight < Double.MAX_VALUE;
      leftLines += onLeft ? 1 : 0;
      rightLines += onRight ? 1 : 0;
      int side = onLeft && onRight ? 2 : onLeft ? -1 : 1;
      turns += lastSide != 0 && side != lastSide ? 1 : 0;
      lastSide = side;
    }
    boolean wide = leftEnd - left >= MIN_COLUMN * (right - left) && right - rightStart >= MIN_COLUMN * (right - left);
    return leftLines >= MIN_TWO_SIDED && rightLines >= MIN_TWO_SIDED && turns >= MIN_TWO_SIDED && wide
        ? new Band(end, leftEnd, rightStart) : null;
  }

  /**
   * The x in [lo, hi] whose glyphs the fewest lines cover (nearest the middle among equals), in whole points: a line
   * crosses the strip where one of its glyphs does, so a left and a right line set on one baseline do not.
   */
  private static double emptiestStrip(List<TextLine> lines, double lo, double hi) {
    int from = (int) Math.floor(lo);
    int to = (int) Math.ceil(hi);
    int[] crossing = new int[to - from + 1];
    for (TextLine l : lines) {
      boolean[] covered = new boolean[crossing.length];
      for (Glyph g : l.glyphs()) {
        for (int x = Math.max(from, (int) Math.ceil(g.x0())); x <= Math.min(to, (int) Math.floor(g.x1())); x++) {
          covered[x - from] = true;
        }
      }
      for (int k = 0; k < covered.length; k++) {
        crossing[k] += covered[k] ? 1 : 0;
      }
    }
    double middle = (lo + hi) / 2;
    int best = -1;
    for (int k = 0; k < crossing.length; k++) {
      if (best < 0 || crossing[k] < crossing[best]
          || crossing[k] == crossing[best] && Math.abs(from + k - middle) < Math.abs(from + best - middle)) {
        best = k;
      }
    }
    return from + best;
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
