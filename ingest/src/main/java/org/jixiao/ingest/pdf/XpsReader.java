package org.jixiao.ingest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.text.number.Numbers;

/**
 * XPS and OpenXPS (ECMA-388: what Windows' "Microsoft XPS Document Writer" prints to, h394): a zip whose fixed document
 * sequence lists documents, each listing its fixed pages; a page places text as {@code Glyphs} (a run's origin, its
 * em size, its Unicode string) and lines as {@code Path} data, in 1/96 inch from the page's top-left, under the
 * {@code RenderTransform}s of the canvases that hold them. Each page is laid out as a PDF page is ({@link
 * PositionedText}): ruled tables, merged cells, tables over pages. Embedded fonts are not read: a character's advance is
 * estimated from its em size, as for text placed by position elsewhere. A run turned off the page's axes is not read.
 */
public final class XpsReader implements FormatReader {
  /** Points per XPS unit (1/96 inch). */
  private static final double PT = 0.75;
  /** A stroke or a filled box this thin (in points) is a ruling; a thicker box is a shade. */
  private static final double MAX_RULE = 2.5;

  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.XPS);
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    try (XmlPackage pkg = XmlPackage.open(file, limits, "XPS")) {
      List<String> pages = new ArrayList<>();
      for (String doc : references(pkg, sequence(pkg), "DocumentReference")) {
        pages.addAll(references(pkg, doc, "PageContent"));
      }
      if (pages.isEmpty()) {
        throw new IngestException(FailureKind.EMPTY, "the XPS document has no pages");
      }
      List<PositionedText.Page> read = new ArrayList<>(pages.size());
      for (String page : pages) {
        if (Thread.interrupted()) {
          throw new IngestException(FailureKind.TIMEOUT, "interrupted at page " + (read.size() + 1) + " of " + pages.size());
        }
        read.add(page(pkg.xml(page)));
      }
      return PositionedText.write(read, new DocumentBuilder(String.valueOf(file.getFileName()), DocFormat.XPS, limits));
    } catch (IOException e) {
      throw new IngestException(FailureKind.CORRUPT, "damaged XPS package: " + e.getMessage(), e);
    } catch (XMLStreamException | RuntimeException e) {
      throw new IngestException(FailureKind.CORRUPT, "damaged XPS XML: " + e.getMessage(), e);
    }
  }

  /** The fixed document sequence's part: the one the package's relationships name, else any {@code .fdseq}. */
  private static String sequence(XmlPackage pkg) throws IngestException {
    return pkg.names().filter(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith(".fdseq"))
        .sorted().findFirst()
        .orElseThrow(() -> new IngestException(FailureKind.CORRUPT, "not an XPS package: no fixed document sequence (.fdseq)"));
  }

  /** The parts {@code element}s of the part {@code from} name in their {@code Source}, resolved against it, in order. */
  private static List<String> references(XmlPackage pkg, String from, String element) throws IngestException, IOException,
      XMLStreamException {
    List<String> out = new ArrayList<>();
    XMLStreamReader x = pkg.xml(from);
    while (x.hasNext()) {
      if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals(element)) {
        String source = x.getAttributeValue(null, "Source");
        if (source != null && !source.isBlank()) {
          out.add(XmlPackage.resolve(from, source));
        }
      }
    }
    return out;
  }

  /** One fixed page: its runs of text and its rulings, in points from its top-left. */
  static PositionedText.Page page(XMLStreamReader x) throws XMLStreamException {
    double width = 0;
    double height = 0;
    List<PositionedText.Run> runs = new ArrayList<>();
    List<PositionedText.Rule> rules = new ArrayList<>();
    Deque<double[]> transforms = new ArrayDeque<>();
    transforms.push(new double[] {1, 0, 0, 1, 0, 0});
    while (x.hasNext()) {
      int event = x.next();
      if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("Canvas")) {
        transforms.pop();
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      double[] m = times(matrix(x.getAttributeValue(null, "RenderTransform")), transforms.peek());
      switch (x.getLocalName()) {
        case "FixedPage" -> {
          width = number(x.getAttributeValue(null, "Width"));
          height = number(x.getAttributeValue(null, "Height"));
        }
        case "Canvas" -> transforms.push(m);
        case "Glyphs" -> {
          String text = x.getAttributeValue(null, "UnicodeString");
          // a turned run (a watermark, a seal's ring) is no line of the page
          if (text != null && !text.isBlank() && Math.abs(m[1]) < 1e-6 && Math.abs(m[2]) < 1e-6 && m[0] > 0 && m[3] > 0) {
            double[] at = apply(m, number(x.getAttributeValue(null, "OriginX")), number(x.getAttributeValue(null, "OriginY")));
            double size = number(x.getAttributeValue(null, "FontRenderingEmSize")) * m[3];
            runs.add(new PositionedText.Run(text.startsWith("{}") ? text.substring(2) : text, at[0] * PT, at[1] * PT, size * PT));
          }
        }
        case "Path" -> rules(x.getAttributeValue(null, "Data"), m, x.getAttributeValue(null, "Stroke") != null, rules);
        default -> { }
      }
    }
    return new PositionedText.Page(width * PT, height * PT, runs, rules);
  }

  /**
   * The level and upright segments of a path's abbreviated geometry ("M 64,152 L 228.37,152 228.37,176.67 64,176.67 Z"):
   * each stroked segment a ruling; a filled path only when it is a thin box (a rule drawn as a rectangle).
   */
  private static void rules(String data, double[] m, boolean stroked, List<PositionedText.Rule> out) {
    if (data == null) {
      return;
    }
    List<double[]> figure = new ArrayList<>();
    String[] tokens = data.trim().replace(",", " ").split("\\s+|(?<=[A-Za-z])(?=[-\\d.])|(?<=[\\d.])(?=[A-Za-z])");
    char command = 'M';
    List<Double> pending = new ArrayList<>();
    List<List<double[]>> figures = new ArrayList<>();
    for (String t : tokens) {
      if (t.isEmpty()) {
        continue;
      }
      char c = t.charAt(0);
      if (Character.isLetter(c)) {
        command = Character.toUpperCase(c);
        if (command == 'M' && !figure.isEmpty()) {
          figures.add(figure);
          figure = new ArrayList<>();
        }
        if (command == 'Z' && !figure.isEmpty()) {
          figure.add(figure.get(0));
        }
        continue;
      }
      pending.add(number(t));
      if (pending.size() == 2 && (command == 'M' || command == 'L')) {
        figure.add(apply(m, pending.get(0), pending.get(1)));
        pending.clear();
      } else if (pending.size() == 2) {
        pending.clear(); // curves and arcs are no rulings
      }
    }
    if (!figure.isEmpty()) {
      figures.add(figure);
    }
    for (List<double[]> f : figures) {
      if (stroked) {
        for (int i = 1; i < f.size(); i++) {
          segment(f.get(i - 1), f.get(i), out);
        }
      } else {
        thinBox(f, out);
      }
    }
  }

  private static void segment(double[] a, double[] b, List<PositionedText.Rule> out) {
    if (Math.abs(a[1] - b[1]) < 0.5 && Math.abs(a[0] - b[0]) > 0.5) {
      out.add(new PositionedText.Rule(true, a[1] * PT, Math.min(a[0], b[0]) * PT, Math.max(a[0], b[0]) * PT));
    } else if (Math.abs(a[0] - b[0]) < 0.5 && Math.abs(a[1] - b[1]) > 0.5) {
      out.add(new PositionedText.Rule(false, a[0] * PT, Math.min(a[1], b[1]) * PT, Math.max(a[1], b[1]) * PT));
    }
  }

  /** A filled figure that is a thin level or upright box, as its ruling. */
  private static void thinBox(List<double[]> f, List<PositionedText.Rule> out) {
    double x0 = Double.MAX_VALUE;
    double y0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;
    double y1 = -Double.MAX_VALUE;
    for (double[] p : f) {
      x0 = Math.min(x0, p[0]);
      y0 = Math.min(y0, p[1]);
      x1 = Math.max(x1, p[0]);
      y1 = Math.max(y1, p[1]);
    }
    double w = (x1 - x0) * PT;
    double h = (y1 - y0) * PT;
    if (h <= MAX_RULE && w > 3 * h) {
      out.add(new PositionedText.Rule(true, (y0 + y1) / 2 * PT, x0 * PT, x1 * PT));
    } else if (w <= MAX_RULE && h > 3 * w) {
      out.add(new PositionedText.Rule(false, (x0 + x1) / 2 * PT, y0 * PT, y1 * PT));
    }
  }

  /** "a,b,c,d,e,f" as an affine matrix; the identity when absent or not six numbers (a resource reference). */
  private static double[] matrix(String s) {
    if (s == null || s.isBlank() || s.strip().startsWith("{")) {
      return new double[] {1, 0, 0, 1, 0, 0};
    }
    String[] p = s.strip().split("\\s*,\\s*|\\s+");
    if (p.length != 6) {
      return new double[] {1, 0, 0, 1, 0, 0};
    }
    double[] m = new double[6];
    for (int i = 0; i < 6; i++) {
      m[i] = number(p[i]);
    }
    return m;
  }

  /** The transform {@code inner} then {@code outer}. */
  private static double[] times(double[] inner, double[] outer) {
    return new double[] {
      inner[0] * outer[0] + inner[1] * outer[2], inner[0] * outer[1] + inner[1] * outer[3],
      inner[2] * outer[0] + inner[3] * outer[2], inner[2] * outer[1] + inner[3] * outer[3],
      inner[4] * outer[0] + inner[5] * outer[2] + outer[4], inner[4] * outer[1] + inner[5] * outer[3] + outer[5]};
  }

  private static double[] apply(double[] m, double x, double y) {
    return new double[] {m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]};
  }

  private static double number(String s) {
    return s == null ? 0 : Numbers.parse(s.strip()).map(java.math.BigDecimal::doubleValue).orElse(0.0);
  }
}
