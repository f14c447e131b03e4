package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jixiao.text.number.Numbers;

/**
 * One OFD page's content (or a template's) as a PDF page's text layer gives it: a glyph per character of each
 * {@code TextObject} (placed by its {@code TextCode}'s X, Y and DeltaX inside the object's Boundary, through its CTM),
 * a ruling per straight stroked segment of each {@code PathObject} (and per hairline-thin filled box), an image
 * count. OFD measures in millimetres, top-down from the page box's corner; everything here is turned into points, so
 * that the layout's tolerances (in font sizes and points) hold as for a PDF.
 */
final class OfdPageContent {
  static final double PT_PER_MM = 72 / 25.4;
  /** A segment this close to an axis (mm) is a ruling; shorter ones are marks, not lines. */
  private static final double AXIS_MM = 0.3;
  private static final double MIN_RULING_MM = 1.5;
  /** A filled box at most this thin (mm) is drawn as a line. */
  private static final double HAIRLINE_MM = 1.0;

  final List<Glyph> glyphs = new ArrayList<>();
  final List<Ruling> rulings = new ArrayList<>();
  int images;
  int slanted;

  private final double originX;
  private final double originY;

  /** Content on a page whose physical box starts at ({@code originX}, {@code originY}) mm. */
  OfdPageContent(double originX, double originY) {
    this.originX = originX;
    this.originY = originY;
  }

  /** Reads every object of a page's (or template's) {@code Content}, page blocks and layers included. */
  void read(XMLStreamReader x) throws XMLStreamException {
    while (x.hasNext()) {
      if (x.next() != XMLStreamConstants.START_ELEMENT || !OfdReader.NS.equals(x.getNamespaceURI())) {
        continue;
      }
      switch (x.getLocalName()) {
        case "TextObject" -> text(x);
        case "PathObject" -> path(x);
        case "ImageObject", "CompositeObject" -> images++;
        default -> { } // Layer, PageBlock: their objects come next in the stream
      }
    }
  }

  /** An object's placement: Boundary's corner plus its CTM (a b c d e f), in mm. */
  private record Placement(double bx, double by, double a, double b, double c, double d, double e, double f) {
    static Placement of(XMLStreamReader x) {
      double[] box = numbers(x.getAttributeValue(null, "Boundary"), 4);
      double[] ctm = numbers(x.getAttributeValue(null, "CTM"), 6);
      boolean identity = x.getAttributeValue(null, "CTM") == null;
      return new Placement(box[0], box[1], identity ? 1 : ctm[0], identity ? 0 : ctm[1], identity ? 0 : ctm[2],
          identity ? 1 : ctm[3], identity ? 0 : ctm[4], identity ? 0 : ctm[5]);
    }

    double x(double ox, double oy) {
      return bx + a * ox + c * oy + e;
    }

    double y(double ox, double oy) {
      return by + b * ox + d * oy + f;
    }

    /** Turned off the axes: a watermark's or a seal's text, not the page's lines. */
    boolean turned() {
      return Math.abs(b) > 1e-3 * Math.abs(a) || Math.abs(c) > 1e-3 * Math.abs(d);
    }
  }

  private void text(XMLStreamReader x) throws XMLStreamException {
    Placement at = Placement.of(x);
    double size = parse(x.getAttributeValue(null, "Size"), 3.5);
    String direction = x.getAttributeValue(null, "ReadDirection");
    boolean turned = at.turned() || direction != null && !direction.strip().equals("0");
    double scaleX = Math.hypot(at.a, at.b);
    double scaleY = Math.hypot(at.c, at.d);
    double[] pen = {0, 0};
    within(x, code -> {
      if (!"TextCode".equals(code.getLocalName())) {
        return false;
      }
      pen[0] = parse(code.getAttributeValue(null, "X"), pen[0]);
      pen[1] = parse(code.getAttributeValue(null, "Y"), pen[1]);
      double[] dx = deltas(code.getAttributeValue(null, "DeltaX"));
      String s = code.getElementText();
      int i = 0;
      for (int off = 0; off < s.length(); ) {
        int cp = s.codePointAt(off);
        off += Character.charCount(cp);
        double advance = i < dx.length ? dx[i] : cp < 0x2E80 ? size / 2 : size;
        if (turned) {
          slanted += Character.isWhitespace(cp) ? 0 : 1;
        } else if (!Character.isWhitespace(cp) && cp != 0x3000) {
          double gx = at.x(pen[0], pen[1]) - originX;
          double baseline = at.y(pen[0], pen[1]) - originY;
          double sizeMm = size * scaleY;
          glyphs.add(new Glyph(new String(Character.toChars(cp)), gx * PT_PER_MM,
              (gx + Math.max(advance * scaleX, sizeMm * 0.3)) * PT_PER_MM, (baseline - 0.88 * sizeMm) * PT_PER_MM,
              baseline * PT_PER_MM, Math.max(1, sizeMm * PT_PER_MM)));
        }
        pen[0] += advance;
        i++;
      }
      return true;
    });
  }

  /** What to do with an element inside another; true when it read the element's text (ending on its end tag). */
  private interface Inner {
    boolean element(XMLStreamReader x) throws XMLStreamException;
  }

  /** Calls {@code each} on every element inside the current one, up to the current one's end. */
  private static void within(XMLStreamReader x, Inner each) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (ev == XMLStreamConstants.START_ELEMENT && !each.element(x)) {
        depth++;
      }
    }
  }

  private void path(XMLStreamReader x) throws XMLStreamException {
    Placement at = Placement.of(x);
    boolean stroke = !"false".equals(x.getAttributeValue(null, "Stroke"));
    boolean fill = "true".equals(x.getAttributeValue(null, "Fill"));
    String[] data = {null};
    within(x, d -> {
      if (!"AbbreviatedData".equals(d.getLocalName())) {
        return false;
      }
      data[0] = d.getElementText();
      return true;
    });
    if (data[0] == null || !stroke && !fill || at.turned()) {
      return;
    }
    List<double[]> points = new ArrayList<>(); // the current subpath, in page mm
    String[] t = data[0].strip().split("\\s+");
    for (int i = 0; i < t.length; ) {
      String op = t[i++];
      switch (op) {
        case "M", "S" -> {
          subpath(points, stroke, fill);
          points.clear();
          points.add(point(at, t, i));
          i += 2;
        }
        case "L" -> {
          points.add(point(at, t, i));
          i += 2;
        }
        case "C" -> {
          if (!points.isEmpty()) {
            points.add(points.getFirst());
          }
          subpath(points, stroke, fill);
          points.clear();
        }
        case "Q" -> {
          subpath(points, stroke, fill);
          points.clear();
          points.add(point(at, t, i + 2)); // a curve is no ruling: go on from its end
          i += 4;
        }
        case "B" -> {
          subpath(points, stroke, fill);
          points.clear();
          points.add(point(at, t, i + 4));
          i += 6;
        }
        case "A" -> {
          subpath(points, stroke, fill);
          points.clear();
          points.add(point(at, t, i + 5));
          i += 7;
        }
        default -> i = t.length; // not the abbreviated grammar: nothing more is understood
      }
    }
    subpath(points, stroke, fill);
  }

  private static double[] point(Placement at, String[] t, int i) {
    double ox = i + 1 < t.length ? parse(t[i], 0) : 0;
    double oy = i + 1 < t.length ? parse(t[i + 1], 0) : 0;
    return new double[] {at.x(ox, oy), at.y(ox, oy)};
  }

  /** The straight segments of one subpath as rulings: each stroked one, or the box a thin filled one draws. */
  private void subpath(List<double[]> points, boolean stroke, boolean fill) {
    if (points.size() < 2) {
      return;
    }
    if (fill) {
      double x0 = Double.MAX_VALUE;
      double y0 = Double.MAX_VALUE;
      double x1 = -Double.MAX_VALUE;
      double y1 = -Double.MAX_VALUE;
      for (double[] p : points) {
        x0 = Math.min(x0, p[0]);
        x1 = Math.max(x1, p[0]);
        y0 = Math.min(y0, p[1]);
        y1 = Math.max(y1, p[1]);
      }
      if (x1 - x0 <= HAIRLINE_MM && y1 - y0 >= MIN_RULING_MM) {
        add(false, (x0 + x1) / 2 - originX, y0 - originY, y1 - originY);
        return;
      }
      if (y1 - y0 <= HAIRLINE_MM && x1 - x0 >= MIN_RULING_MM) {
        add(true, (y0 + y1) / 2 - originY, x0 - originX, x1 - originX);
        return;
      }
    }
    if (!stroke) {
      return;
    }
    for (int i = 1; i < points.size(); i++) {
      double[] a = points.get(i - 1);
      double[] b = points.get(i);
      if (Math.abs(a[1] - b[1]) <= AXIS_MM && Math.abs(a[0] - b[0]) >= MIN_RULING_MM) {
        add(true, (a[1] + b[1]) / 2 - originY, a[0] - originX, b[0] - originX);
      } else if (Math.abs(a[0] - b[0]) <= AXIS_MM && Math.abs(a[1] - b[1]) >= MIN_RULING_MM) {
        add(false, (a[0] + b[0]) / 2 - originX, a[1] - originY, b[1] - originY);
      }
    }
  }

  private void add(boolean horizontal, double at, double from, double to) {
    rulings.add(new Ruling(horizontal, at * PT_PER_MM, from * PT_PER_MM, to * PT_PER_MM));
  }

  /**
   * DeltaX as the advances it lists: numbers, and "g N V" for N advances of V (the standard's shorthand for runs of
   * equal advance).
   */
  static double[] deltas(String attr) {
    if (attr == null || attr.isBlank()) {
      return new double[0];
    }
    String[] t = attr.strip().split("\\s+");
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < t.length; i++) {
      if (t[i].equals("g") && i + 2 < t.length) {
        int n = (int) parse(t[i + 1], 0);
        double v = parse(t[i + 2], 0);
        for (int k = 0; k < Math.min(n, 100_000); k++) {
          out.add(v);
        }
        i += 2;
      } else {
        out.add(parse(t[i], 0));
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The first {@code n} numbers of a space-separated attribute, zeros where it has fewer. */
  static double[] numbers(String attr, int n) {
    double[] out = new double[n];
    if (attr != null) {
      String[] t = attr.strip().split("\\s+");
      for (int i = 0; i < n && i < t.length; i++) {
        out[i] = parse(t[i], 0);
      }
    }
    return out;
  }

  /** A coordinate (a layout measure in mm, never a report's figure), or {@code otherwise} when absent or unreadable. */
  static double parse(String s, double otherwise) {
    if (s == null || s.isBlank()) {
      return otherwise;
    }
    return Numbers.parse(s.strip()).map(java.math.BigDecimal::doubleValue).orElse(otherwise); // the one number reader
  }
}
