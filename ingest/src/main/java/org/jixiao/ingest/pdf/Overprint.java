package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleToLongFunction;

/**
 * 套打: a platform prints its data onto its own pre-printed form, the blank form drawn as one form XObject and the data
 * over it. A printer's calibration offset moves the whole data layer against the form (h356: 5 pt right and 9 pt down),
 * so each line of data sits across its cell's lower rule and would be read into the row below. When many of the data
 * layer's glyphs straddle the form's horizontal rules, the layer is moved back by the shift that leaves the fewest
 * straddling and takes no glyph out of the cells it stood in: read as the form was meant to be filled.
 *
 * <p>Only the glyphs drawn outside the form are moved, and only when the form itself carries text (its labels), so a
 * page whose whole content is one XObject, or whose text is all on the page, is never moved.
 */
final class Overprint {
  /** Data glyphs that straddle a rule before the layer is taken for misregistered. */
  private static final int MIN_STRADDLING = 8;
  /** ... and their share of the data glyphs among the rules. */
  private static final double MIN_SHARE = 0.25;
  /** Form glyphs (its labels) needed to call the XObject a form. */
  private static final int MIN_FORM_GLYPHS = 10;
  /** A rule crosses a glyph when it lies this share of the glyph's height inside both edges. */
  private static final double INSIDE = 0.15;
  private static final double STEP = 0.25;
  private static final double MIN_RULE = 20;
  /** A data line within this of a form glyph's baseline (points) stands on it. */
  private static final double ALIGNED = 0.5;

  /** The page's glyphs, with the data layer moved by {@code (dx, dy)} points; (0, 0) when left as drawn. */
  record Registered(List<Glyph> glyphs, double dx, double dy) {
    boolean moved() {
      return dx != 0 || dy != 0;
    }
  }

  private Overprint() {}

  static Registered registered(List<Glyph> glyphs, Set<Glyph> form, List<Ruling> rulings) {
    Registered none = new Registered(glyphs, 0, 0);
    if (form.size() < MIN_FORM_GLYPHS || form.size() == glyphs.size()) {
      return none;
    }
    List<Ruling> rows = rulings.stream().filter(r -> r.horizontal() && r.length() >= MIN_RULE).toList();
    List<Ruling> cols = rulings.stream().filter(r -> !r.horizontal() && r.length() >= MIN_RULE / 2).toList();
    List<Glyph> data = glyphs.stream().filter(g -> !form.contains(g)).toList();
    double pitch = pitch(rows);
    if (pitch <= 0) {
      return none;
    }
    List<Glyph> among = data.stream().filter(g -> inCell(g, 0, rows, pitch) || straddles(g, 0, rows)).toList();
    long straddling = among.stream().filter(g -> straddles(g, 0, rows)).count();
    if (straddling < MIN_STRADDLING || straddling < MIN_SHARE * among.size()) {
      return none;
    }
    List<Double> formBaselines = form.stream().map(Glyph::baseline).distinct().toList();
    double dy = best(pitch, d -> among.stream().filter(g -> straddles(g, d, rows) || !inCell(g, d, rows, pitch)).count(),
        d -> data.stream().filter(g -> formBaselines.stream().anyMatch(b -> Math.abs(b - g.baseline() - d) <= ALIGNED)).count());
    long left = among.stream().filter(g -> straddles(g, dy, rows)).count();
    if (left * 2 > straddling) {
      return none; // no one shift puts the layer back in its cells: not a misregistered print
    }
    List<Glyph> moved = data.stream().map(g -> shifted(g, 0, dy)).toList();
    double dx = best(pitch, d -> moved.stream().filter(g -> crosses(g, d, cols)).count(), d -> 0);
    List<Glyph> out = new ArrayList<>(glyphs.size());
    for (Glyph g : glyphs) {
      out.add(form.contains(g) ? g : shifted(g, dx, dy));
    }
    return new Registered(out, dx, dy);
  }

  /**
   * The shift within one row's height either way that costs least; of equal ones, the one that sets most data lines on
   * the form's own baselines (a form is filled in line with its labels, h356: the year beside its 年度), then the smallest.
   */
  private static double best(double pitch, DoubleToLongFunction cost, DoubleToLongFunction aligned) {
    double best = 0;
    long least = cost.applyAsLong(0);
    long most = aligned.applyAsLong(0);
    for (double step = STEP; step <= pitch; step += STEP) {
      for (double d : new double[] {-step, step}) {
        long c = cost.applyAsLong(d);
        if (c > least) {
          continue;
        }
        long a = aligned.applyAsLong(d);
        if (c < least || a > most) {
          least = c;
          most = a;
          best = d;
        }
      }
    }
    return best;
  }

  /** The most common distance between neighbouring horizontal rules: a row's height. */
  private static double pitch(List<Ruling> rows) {
    List<Double> ats = rows.stream().map(Ruling::at).sorted().distinct().toList();
    List<Double> gaps = new ArrayList<>();
    for (int i = 1; i < ats.size(); i++) {
      double gap = ats.get(i) - ats.get(i - 1);
      if (gap > 4) {
        gaps.add(gap);
      }
    }
    if (gaps.isEmpty()) {
      return 0;
    }
    List<Double> sorted = gaps.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  /** Whether a horizontal rule under the glyph's middle runs through it, moved down by {@code dy}. */
  private static boolean straddles(Glyph g, double dy, List<Ruling> rows) {
    double m = INSIDE * g.height();
    for (Ruling r : rows) {
      if (r.from() <= g.centreX() && g.centreX() <= r.to() && r.at() > g.top() + dy + m && r.at() < g.baseline() + dy - m) {
        return true;
      }
    }
    return false;
  }

  /** Whether a vertical rule beside the glyph's middle runs through it, moved right by {@code dx}. */
  private static boolean crosses(Glyph g, double dx, List<Ruling> cols) {
    double m = INSIDE * (g.x1() - g.x0());
    for (Ruling r : cols) {
      if (r.from() <= g.centreY() && g.centreY() <= r.to() && r.at() > g.x0() + dx + m && r.at() < g.x1() + dx - m) {
        return true;
      }
    }
    return false;
  }

  /** Whether the glyph, moved down by {@code dy}, has a rule above and below it within a row's height and a half. */
  private static boolean inCell(Glyph g, double dy, List<Ruling> rows, double pitch) {
    boolean above = false;
    boolean below = false;
    for (Ruling r : rows) {
      if (r.from() <= g.centreX() && g.centreX() <= r.to()) {
        above |= r.at() <= g.top() + dy && r.at() >= g.top() + dy - 1.5 * pitch;
        below |= r.at() >= g.baseline() + dy && r.at() <= g.baseline() + dy + 1.5 * pitch;
      }
    }
    return above && below;
  }

  private static Glyph shifted(Glyph g, double dx, double dy) {
    return new Glyph(g.text(), g.x0() + dx, g.x1() + dx, g.top() + dy, g.baseline() + dy, g.size(), g.confidence(), g.upward());
  }
}
