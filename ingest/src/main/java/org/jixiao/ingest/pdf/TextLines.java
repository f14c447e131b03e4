package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.ingest.internal.WrappedText;

/** Groups glyphs into lines and joins text: spaces from gaps, wrapped CJK and number lines joined without a space. */
final class TextLines {
  /** A gap wider than this many font sizes between two glyphs is a space. */
  private static final double SPACE_GAP = 0.22;

  private TextLines() {}

  /** Lines top to bottom; a glyph joins the line whose vertical centre is within half a line height. */
  static List<TextLine> group(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::centreY).thenComparingDouble(Glyph::x0));
    List<List<Glyph>> lines = new ArrayList<>();
    List<Glyph> cur = new ArrayList<>();
    double centre = 0;
    double height = 0;
    for (Glyph g : sorted) {
      if (!cur.isEmpty() && Math.abs(g.centreY() - centre) > 0.5 * Math.max(height, g.height())) {
        lines.add(cur);
        cur = new ArrayList<>();
      }
      if (cur.isEmpty()) {
        centre = g.centreY();
        height = g.height();
      }
      cur.add(g);
    }
    if (!cur.isEmpty()) {
      lines.add(cur);
    }
    List<TextLine> out = new ArrayList<>(lines.size());
    for (List<Glyph> l : lines) {
      out.add(line(l));
    }
    out.sort(Comparator.comparingDouble(TextLine::top));
    return out;
  }

  /** One line from glyphs known to share a baseline. */
  static TextLine line(List<Glyph> glyphs) {
    List<Glyph> l = new ArrayList<>(glyphs);
    l.sort(Comparator.comparingDouble(Glyph::x0));
    StringBuilder sb = new StringBuilder();
    double x0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;
    double top = Double.MAX_VALUE;
    double bottom = -Double.MAX_VALUE;
    double size = 0;
    Glyph prev = null;
    for (Glyph g : l) {
      if (prev != null && g.x0() - prev.x1() > SPACE_GAP * Math.max(g.size(), prev.size())) {
        sb.append(' ');
      }
      sb.append(g.text());
      x0 = Math.min(x0, g.x0());
      x1 = Math.max(x1, g.x1());
      top = Math.min(top, g.top());
      bottom = Math.max(bottom, g.baseline());
      size = Math.max(size, g.size());
      prev = g;
    }
    return new TextLine(l, sb.toString(), x0, x1, top, bottom, size);
  }

  /**
   * Text of the given lines in order, as {@link #join} but told by geometry whether a line
   * wrapped: only a line that left no room for the next line's first token (it filled the width
   * up to {@code right}, the cell's or column's right edge) runs on into the next without a space;
   * after a line that ended early (a line break typed inside the cell: "1.28%" over "82%") the
   * space stays. A Latin line that is one word filling the width was cut, not wrapped at a space.
   */
  static String joinLines(List<TextLine> lines, double right) {
    StringBuilder sb = new StringBuilder();
    TextLine prev = null;
    for (TextLine l : lines) {
      String s = l.text().strip();
      if (s.isEmpty()) {
        continue;
      }
      if (prev != null && spaceBetween(prev, l, right)) {
        sb.append(' ');
      }
      sb.append(s);
      prev = l;
    }
    return sb.toString();
  }

  private static boolean spaceBetween(TextLine prev, TextLine next, double right) {
    String p = prev.text().strip();
    char a = p.charAt(p.length() - 1);
    char b = next.text().strip().charAt(0);
    if (WrappedText.isCjk(a) || WrappedText.isCjk(b)) {
      return false;
    }
    double room = right - prev.x1();
    if (room >= LineBreaks.firstTokenWidth(next)) {
      return true;
    }
    if (WrappedText.insideNumber(a, b)) {
      return false;
    }
    Glyph first = next.glyphs().get(0);
    return p.indexOf(' ') >= 0 || room >= first.x1() - first.x0();
  }
}
