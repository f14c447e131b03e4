package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Ruling lines as long runs of ink: the morphological opening of the binarized page with a long
 * horizontal (vertical) line, done as run lengths. A run may bridge a gap of a few pixels (a line
 * broken by JPEG blocks or a faint scan); runs on neighbouring rows that overlap are one line, and
 * a "line" thicker than {@link #MAX_THICKNESS_INCH} is a filled shape, not a ruling.
 */
public final class LineFinder {
  /** Horizontal rulings are at least this long; a character's horizontal stroke is under 0.2 in. */
  static final double MIN_H_INCH = 0.35;
  /** Vertical rulings are at least this long: a one-line table row is about 0.25 in high. */
  static final double MIN_V_INCH = 0.2;
  static final double MAX_THICKNESS_INCH = 0.04;

  private LineFinder() {}

  public static List<Segment> find(InkMap ink, int dpi) {
    int gap = Math.max(2, dpi / 100);
    int maxThick = (int) Math.ceil(MAX_THICKNESS_INCH * dpi);
    int bridge = (int) Math.round(BRIDGE_INCH * dpi);
    List<Segment> hs0 = bridged(scan(ink, true, (int) (MIN_H_INCH * dpi), gap, maxThick), bridge);
    List<Segment> vs0 = bridged(scan(ink, false, (int) (MIN_V_INCH * dpi), gap, maxThick), bridge);
    int dash = (int) Math.round(DASH_GAP_INCH * dpi);
    int tol = Math.max(3, dpi / 30);
    List<Segment> hs = dashesJoined(hs0, vs0, dash, tol);
    List<Segment> vs = dashesJoined(vs0, hs0, dash, tol);
    List<Segment> out = new ArrayList<>(snapped(hs, vs, bridge));
    out.addAll(snapped(vs, hs, bridge));
    List<Segment> rulings = withoutStrays(out, tol);
    rulings.removeIf(seg -> throughText(seg, ink, dpi));
    return rulings;
  }

  /** Ink this far beside a run, on both sides, is a character's. */
  static final double BESIDE_INCH = 0.02;
  /** A run with ink on both sides along more than this share of its length lies through a line of text. */
  static final double THROUGH_TEXT_SHARE = 0.5;

  /**
   * Whether a run lies through a line of text rather than between lines: on a photocopy, bold characters touch, and a
   * row of their horizontal strokes is a long run of ink (h435: 0.35–1.8 in, one pixel thick, through the middle of
   * "新建标准化贮藏窖"), which painted out as a ruling cut the characters in half. A ruling has paper on at least one side
   * along most of its length; a run through text has strokes above and below it.
   */
  static boolean throughText(Segment s, InkMap ink, int dpi) {
    int k = Math.max(2, (int) Math.round(BESIDE_INCH * dpi));
    int before = s.at() - s.thickness() / 2 - 1;
    int after = s.at() + (s.thickness() + 1) / 2 + 1;
    int both = 0;
    for (int a = s.from(); a < s.to(); a++) {
      boolean inkBefore = s.horizontal() ? ink.count(a, before - k, a + 1, before) > 0 : ink.count(before - k, a, before, a + 1) > 0;
      boolean inkAfter = s.horizontal() ? ink.count(a, after, a + 1, after + k) > 0 : ink.count(after, a, after + k, a + 1) > 0;
      if (inkBefore && inkAfter) {
        both++;
      }
    }
    return both > THROUGH_TEXT_SHARE * s.length();
  }

  /**
   * A seal stamped across a ruling, or a fold, cuts it: collinear pieces (within 2 px) with a gap up
   * to this are one ruling, and a ruling ending this close to a crossing ruling reaches it.
   */
  static final double BRIDGE_INCH = 0.15;

  /** Collinear pieces with a gap up to {@code bridge} pixels, joined. */
  static List<Segment> bridged(List<Segment> segs, int bridge) {
    return joined(segs, (cur, next) -> Math.abs(next.at() - cur.at()) <= 2 && next.from() - cur.to() <= bridge
        && next.from() >= cur.from(), false);
  }

  /**
   * The pieces of {@code segs}, in order along their line, each joined with the later pieces {@code joins} accepts after
   * it (the piece grown so far and the next one); {@code meanAt} places a joined ruling midway between its pieces, for
   * dashes that step by a pixel.
   */
  private static List<Segment> joined(List<Segment> segs, java.util.function.BiPredicate<Segment, Segment> joins, boolean meanAt) {
    List<Segment> sorted = new ArrayList<>(segs);
    sorted.sort(java.util.Comparator.comparingInt(Segment::from));
    List<Segment> out = new ArrayList<>();
    boolean[] used = new boolean[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      if (used[i]) {
        continue;
      }
      Segment cur = sorted.get(i);
      for (int j = i + 1; j < sorted.size(); j++) {
        Segment next = sorted.get(j);
        if (!used[j] && joins.test(cur, next)) {
          cur = new Segment(cur.horizontal(), meanAt ? (cur.at() + next.at()) / 2 : cur.at(), cur.from(),
              Math.max(cur.to(), next.to()), Math.max(cur.thickness(), next.thickness()));
          used[j] = true;
        }
      }
      out.add(cur);
    }
    return out;
  }

  /**
   * The rulings without stray strokes: a line that meets one ruling only, at its own end, encloses nothing (a scanner's
   * streak down the page, a fold or a pen stroke reaching a table), and taken in it would stretch the table's frame
   * over the title above.
   */
  static List<Segment> withoutStrays(List<Segment> segments, int tol) {
    List<Segment> out = new ArrayList<>(segments.size());
    for (Segment s : segments) {
      Segment only = null;
      int crossings = 0;
      for (Segment o : segments) {
        if (s.crosses(o, tol)) {
          crossings++;
          only = o;
        }
      }
      boolean atEnd = only != null && (Math.abs(only.at() - s.from()) <= tol || Math.abs(only.at() - s.to()) <= tol);
      if (crossings != 1 || !atEnd) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * A ruling printed as dashes is broken at regular steps: a fax's staircase (a skewed line sent at 98 lines per inch
   * and levelled again) or a dashed border. Collinear pieces with a gap up to this are one ruling unless a crossing
   * ruling stands at the gap's edge: a ruling left out where a merged cell spans stops at that cell's borders.
   */
  static final double DASH_GAP_INCH = 0.25;

  /** Collinear pieces of {@code segs} joined across gaps up to {@code dash} pixels that no crossing ruling bounds. */
  static List<Segment> dashesJoined(List<Segment> segs, List<Segment> crossing, int dash, int tol) {
    return joined(segs, (cur, next) -> Math.abs(next.at() - cur.at()) <= 3 && next.from() > cur.to()
        && next.from() - cur.to() <= dash && !bounded(cur.at(), cur.to(), crossing, tol)
        && !bounded(cur.at(), next.from(), crossing, tol), true);
  }

  /** True when a crossing ruling passes within {@code tol} of the point {@code along} on the line at {@code at}. */
  private static boolean bounded(int at, int along, List<Segment> crossing, int tol) {
    for (Segment c : crossing) {
      if (Math.abs(c.at() - along) <= tol && c.from() - tol <= at && at <= c.to() + tol) {
        return true;
      }
    }
    return false;
  }

  /** Each of {@code segs} with an end that stops short of a crossing ruling by up to {@code bridge} pixels extended to it. */
  static List<Segment> snapped(List<Segment> segs, List<Segment> crossing, int bridge) {
    List<Segment> out = new ArrayList<>(segs.size());
    for (Segment s : segs) {
      int from = s.from();
      int to = s.to();
      for (Segment c : crossing) {
        if (c.from() - bridge <= s.at() && s.at() <= c.to() + bridge) {
          if (c.at() < from && from - c.at() <= bridge) {
            from = c.at();
          }
          if (c.at() > to && c.at() - to <= bridge) {
            to = c.at();
          }
        }
      }
      out.add(new Segment(s.horizontal(), s.at(), from, to, s.thickness()));
    }
    return out;
  }

  /** A group of runs on consecutive rows (columns) that overlap: one ruling in the making. */
  private static final class Open {
    int first;
    int last;
    int from;
    int to;
    long sumAt;
    int runs;

    Open(int at, int from, int to) {
      this.first = at;
      this.last = at;
      this.from = from;
      this.to = to;
      this.sumAt = at;
      this.runs = 1;
    }
  }

  private static List<Segment> scan(InkMap ink, boolean horizontal, int minLen, int gap, int maxThick) {
    int lines = horizontal ? ink.height() : ink.width();
    int along = horizontal ? ink.width() : ink.height();
    List<Segment> out = new ArrayList<>();
    List<Open> open = new ArrayList<>();
    for (int a = 0; a < lines; a++) {
      List<int[]> runs = new ArrayList<>();
      int start = -1;
      int lastInk = -1;
      for (int b = 0; b <= along; b++) {
        boolean on = b < along && (horizontal ? ink.ink(b, a) : ink.ink(a, b));
        if (on) {
          if (start < 0 || b - lastInk > gap + 1) {
            if (start >= 0 && lastInk - start + 1 >= minLen) {
              runs.add(new int[] {start, lastInk});
            }
            start = b;
          }
          lastInk = b;
        }
      }
      if (start >= 0 && lastInk - start + 1 >= minLen) {
        runs.add(new int[] {start, lastInk});
      }
      List<Open> next = new ArrayList<>();
      for (int[] r : runs) {
        Open match = null;
        for (Open o : open) {
          if (o.last == a - 1 && Math.min(o.to, r[1]) - Math.max(o.from, r[0]) > minLen / 2) {
            match = o;
            break;
          }
        }
        if (match == null) {
          match = new Open(a, r[0], r[1]);
        } else {
          open.remove(match);
          match.last = a;
          match.from = Math.min(match.from, r[0]);
          match.to = Math.max(match.to, r[1]);
          match.sumAt += a;
          match.runs++;
        }
        next.add(match);
      }
      for (Open o : open) {
        close(o, horizontal, maxThick, out);
      }
      open = next;
    }
    for (Open o : open) {
      close(o, horizontal, maxThick, out);
    }
    return out;
  }

  private static void close(Open o, boolean horizontal, int maxThick, List<Segment> out) {
    int thickness = o.last - o.first + 1;
    if (thickness <= maxThick) {
      out.add(new Segment(horizontal, (int) Math.round((double) o.sumAt / o.runs), o.from, o.to, thickness));
    }
  }
}
