package org.jixiao.ingest.ooxml;

import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hemf.record.emf.HemfRecord;
import org.apache.poi.hemf.record.emf.HemfText;
import org.apache.poi.hemf.usermodel.HemfPicture;
import org.apache.poi.hwmf.record.HwmfDraw;
import org.apache.poi.hwmf.record.HwmfText;
import org.jixiao.ingest.pdf.PositionedText;

/**
 * The text and lines an enhanced metafile (EMF) draws: an Excel range pasted into Word "as a picture (enhanced
 * metafile)" (h372) keeps every cell's text as a text record and every border as a line, no Word table. Read with POI's
 * HEMF into one positioned page (text runs at their reference point, top-left aligned as GDI draws by default, sized
 * by the selected font; lines and rectangles as rules), laid out as a PDF page is. Logical units become points by the
 * metafile's own frame (its size in 0.01 mm against its bounds).
 */
final class MetafileText {
  /** Fewer runs than this draw a logo or a signature, not a table. */
  private static final int MIN_RUNS = 8;
  private static final double POINTS_PER_HUNDREDTH_MM = 72 / 2540.0;

  private MetafileText() {}

  /** The page {@code emf} draws, when it draws text enough to be a table or a form; empty otherwise. */
  static Optional<PositionedText.Page> page(InputStream emf) throws IOException {
    HemfPicture picture = new HemfPicture(emf);
    picture.setDefaultCharset(StandardCharsets.UTF_16LE);
    Rectangle2D bounds = picture.getHeader().getBoundsRectangle();
    Rectangle2D frame = picture.getHeader().getFrameRectangle();
    double scale = bounds.getWidth() > 0 && frame.getWidth() > 0
        ? frame.getWidth() * POINTS_PER_HUNDREDTH_MM / bounds.getWidth() : 0.75;
    double ox = bounds.getX();
    double oy = bounds.getY();
    List<PositionedText.Run> runs = new ArrayList<>();
    List<PositionedText.Rule> rules = new ArrayList<>();
    Map<Integer, Double> fonts = new HashMap<>();
    double size = 12;
    Point2D pen = new Point2D.Double();
    for (HemfRecord r : picture) {
      switch (r) {
        case HemfText.EmfExtCreateFontIndirectW f -> fonts.put(f.getFontIdx(), Math.abs(f.getFont().getHeight()));
        case HwmfDraw.WmfSelectObject s when fonts.containsKey(s.getObjectIndex()) -> size = fonts.get(s.getObjectIndex());
        case HwmfText.WmfExtTextOut t -> {
          String text = t.getText(StandardCharsets.UTF_16LE).strip();
          if (!text.isEmpty()) {
            Point2D at = t.getReference();
            double s = size * scale;
            runs.add(new PositionedText.Run(text, (at.getX() - ox) * scale, (at.getY() - oy) * scale + 0.88 * s, s));
          }
        }
        case HwmfDraw.WmfMoveTo m -> pen = m.getPoint();
        case HwmfDraw.WmfLineTo l -> {
          rule(new Line2D.Double(pen, l.getPoint()), ox, oy, scale, rules);
          pen = l.getPoint();
        }
        case HwmfDraw.WmfPolygon p -> path(p.getPoly(), ox, oy, scale, rules);
        case HwmfDraw.WmfPolyPolygon p -> p.getPolyList().forEach(poly -> path(poly, ox, oy, scale, rules));
        case HwmfDraw.WmfRectangle b -> path(new Path2D.Double(b.getBounds()), ox, oy, scale, rules);
        default -> { }
      }
    }
    if (runs.size() < MIN_RUNS) {
      return Optional.empty();
    }
    return Optional.of(new PositionedText.Page(bounds.getWidth() * scale, bounds.getHeight() * scale, runs, rules));
  }

  /** A path's straight segments as rules. */
  private static void path(Path2D path, double ox, double oy, double scale, List<PositionedText.Rule> out) {
    double[] c = new double[6];
    Point2D start = null;
    Point2D last = null;
    for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      Point2D p = new Point2D.Double(c[0], c[1]);
      if (type == PathIterator.SEG_MOVETO) {
        start = p;
      } else if (type == PathIterator.SEG_LINETO && last != null) {
        rule(new Line2D.Double(last, p), ox, oy, scale, out);
      } else if (type == PathIterator.SEG_CLOSE && last != null && start != null) {
        rule(new Line2D.Double(last, start), ox, oy, scale, out);
        p = start;
      }
      last = p;
    }
  }

  /** A horizontal or vertical line as a rule; a slanted one is no cell border. */
  private static void rule(Line2D line, double ox, double oy, double scale, List<PositionedText.Rule> out) {
    double x1 = (line.getX1() - ox) * scale;
    double y1 = (line.getY1() - oy) * scale;
    double x2 = (line.getX2() - ox) * scale;
    double y2 = (line.getY2() - oy) * scale;
    if (Math.abs(y1 - y2) < 0.5 && Math.abs(x1 - x2) >= 1) {
      out.add(new PositionedText.Rule(true, y1, Math.min(x1, x2), Math.max(x1, x2)));
    } else if (Math.abs(x1 - x2) < 0.5 && Math.abs(y1 - y2) >= 1) {
      out.add(new PositionedText.Rule(false, x1, Math.min(y1, y2), Math.max(y1, y2)));
    }
  }
}
