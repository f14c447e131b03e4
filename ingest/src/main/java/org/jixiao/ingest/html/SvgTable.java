package org.jixiao.ingest.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jixiao.ingest.GridBuilder;
import org.jixiao.text.number.Numbers;
import org.jsoup.nodes.Element;

/**
 * A table drawn as an inline SVG picture (h249: a portal's 评分表 as {@code <rect>} cells and {@code <text>} labels,
 * written column by column): the rectangles are the cells, a merged cell one rectangle over several rows or columns,
 * and each text goes to the smallest rectangle holding its anchor. Read as the grid it shows when it has two rows or
 * more and three columns or more and most of its texts fall in a cell; a chart or a logo is left as the text it holds.
 * Transforms other than none are not followed: such a picture is left as text.
 */
final class SvgTable {
  private static final int MIN_ROWS = 2;
  private static final int MIN_COLS = 3;
  /** Edges closer than this (in SVG units) are one line of the grid. */
  private static final double SNAP = 1.5;

  private record Box(double x0, double y0, double x1, double y1) {
    boolean holds(double x, double y) {
      return x >= x0 && x <= x1 && y >= y0 && y <= y1;
    }

    double area() {
      return (x1 - x0) * (y1 - y0);
    }
  }

  private record Label(double x, double y, String text) {}

  private SvgTable() {}

  static Optional<GridBuilder> of(Element svg) {
    if (!svg.select("[transform]").isEmpty()) {
      return Optional.empty();
    }
    List<Box> boxes = new ArrayList<>();
    for (Element r : svg.getElementsByTag("rect")) {
      Optional<Double> x = number(r, "x");
      Optional<Double> y = number(r, "y");
      Optional<Double> w = number(r, "width");
      Optional<Double> h = number(r, "height");
      if (w.isPresent() && h.isPresent() && w.get() > 0 && h.get() > 0) {
        double x0 = x.orElse(0d);
        double y0 = y.orElse(0d);
        boxes.add(new Box(x0, y0, x0 + w.get(), y0 + h.get()));
      }
    }
    boxes.removeIf(b -> boxes.stream().filter(o -> o != b && inside(o, b)).count() >= 2); // a frame or a background
    List<Label> labels = labels(svg);
    if (boxes.size() < MIN_ROWS * MIN_COLS || labels.isEmpty()) {
      return Optional.empty();
    }
    List<Double> xs = edges(boxes.stream().flatMap(b -> java.util.stream.Stream.of(b.x0(), b.x1())).toList());
    List<Double> ys = edges(boxes.stream().flatMap(b -> java.util.stream.Stream.of(b.y0(), b.y1())).toList());
    int cols = xs.size() - 1;
    int rows = ys.size() - 1;
    if (rows < MIN_ROWS || cols < MIN_COLS) {
      return Optional.empty();
    }
    List<List<Label>> inBox = new ArrayList<>();
    boxes.forEach(b -> inBox.add(new ArrayList<>()));
    int placed = 0;
    for (Label l : labels) {
      int best = -1;
      for (int i = 0; i < boxes.size(); i++) {
        if (boxes.get(i).holds(l.x(), l.y()) && (best < 0 || boxes.get(i).area() < boxes.get(best).area())) {
          best = i;
        }
      }
      if (best >= 0) {
        inBox.get(best).add(l);
        placed++;
      }
    }
    if (placed * 2 < labels.size()) {
      return Optional.empty();
    }
    GridBuilder grid = new GridBuilder();
    for (int i = 0; i < boxes.size(); i++) {
      Box b = boxes.get(i);
      int r0 = index(ys, b.y0());
      int r1 = index(ys, b.y1());
      int c0 = index(xs, b.x0());
      int c1 = index(xs, b.x1());
      if (r1 <= r0 || c1 <= c0) {
        continue;
      }
      List<Label> own = inBox.get(i);
      own.sort(Comparator.comparingDouble(Label::y).thenComparingDouble(Label::x));
      StringBuilder text = new StringBuilder();
      for (Label l : own) {
        text.append(l.text());
      }
      grid.cell(r0, c0, r1 - r0, c1 - c0, text.toString(), null);
    }
    grid.ensureSize(rows, cols);
    return Optional.of(grid);
  }

  /** Each text's string (its tspans' lines joined) at a point inside the cell it labels. */
  private static List<Label> labels(Element svg) {
    List<Label> out = new ArrayList<>();
    for (Element t : svg.getElementsByTag("text")) {
      Optional<Double> x = number(t, "x");
      Optional<Double> y = number(t, "y");
      Element first = t.getElementsByTag("tspan").first();
      if (x.isEmpty() && first != null) {
        x = number(first, "x");
      }
      String text = HtmlText.of(t).replace("\n", "").strip();
      if (x.isEmpty() || y.isEmpty() || text.isEmpty()) {
        continue;
      }
      double size = number(t, "font-size").orElse(12d);
      // the anchor is the text's start, middle or end on its baseline: step into the cell it writes in
      double dx = switch (t.attr("text-anchor")) {
        case "middle" -> 0;
        case "end" -> -1;
        default -> 1;
      };
      out.add(new Label(x.get() + dx, y.get() - 0.3 * size, text));
    }
    return out;
  }

  private static boolean inside(Box inner, Box outer) {
    return inner.x0() >= outer.x0() && inner.x1() <= outer.x1() && inner.y0() >= outer.y0() && inner.y1() <= outer.y1();
  }

  /** The grid lines: the distinct edges, those within {@link #SNAP} of each other taken as one. */
  private static List<Double> edges(List<Double> all) {
    List<Double> out = new ArrayList<>();
    for (double e : new TreeSet<>(all)) {
      if (out.isEmpty() || e - out.getLast() > SNAP) {
        out.add(e);
      }
    }
    return out;
  }

  private static int index(List<Double> edges, double v) {
    int best = 0;
    for (int i = 1; i < edges.size(); i++) {
      if (Math.abs(edges.get(i) - v) < Math.abs(edges.get(best) - v)) {
        best = i;
      }
    }
    return best;
  }

  /** A numeric attribute (SVG user units; a "px" suffix allowed). */
  private static Optional<Double> number(Element e, String attribute) {
    String v = e.attr(attribute).strip();
    if (v.endsWith("px")) {
      v = v.substring(0, v.length() - 2);
    }
    return v.isEmpty() ? Optional.empty() : Numbers.parse(v).map(BigDecimal::doubleValue);
  }
}
