package org.jixiao.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the axis-aligned line segments a page draws: stroked lines and rectangle edges, and
 * thin filled rectangles (how some producers draw borders). Curves, diagonal lines, wide filled
 * areas (cell shading) and near-white strokes are ignored. Also counts painted images, which tells
 * a scan from a blank page.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {
  /** A filled rectangle thinner than this (points) is a drawn line, not an area. */
  private static final double THIN = 3.0;
  /** Slope tolerance (points) for calling a segment horizontal or vertical. */
  private static final double AXIS = 0.6;
  /** How far inside a white box (points) a line must lie to be hidden by it, not be the box's border. */
  private static final double EDGE = 1.0;
  /** A fill at least this opaque hides what is under it. */
  private static final double OPAQUE = 0.99;

  private final PageFrame frame;
  private final List<Ruling> rulings = new ArrayList<>();
  /** Filled boxes wider and taller than a line, of any colour: cell shading, perhaps a grid of it. */
  private final List<double[]> cellFills = new ArrayList<>();
  /** A page drawing more boxes than this is a chart or a pattern, not a table's cells. */
  private static final int MAX_FILLS = 5000;
  /** The rulings with the shaded cells' edges, once worked out. */
  private @org.jspecify.annotations.Nullable List<Ruling> withFills;
  private final List<List<Point2D.Double>> subpaths = new ArrayList<>();
  private final List<Boolean> closed = new ArrayList<>();
  private boolean curved;
  private Point2D.Double current = new Point2D.Double();
  private int images;
  private double largestImageShare;
  /** Filled shapes the size of a character: glyphs drawn as outlines when the page has no text (转曲). */
  private int glyphShapes;
  /** A shape this small (points, both sides) may be a character's outline. */
  private static final double GLYPH_SIZE = 36;

  RulingCollector(PDPage page, PageFrame frame) {
    super(page);
    this.frame = frame;
  }

  /**
   * The page's rulings, and where a grid is drawn as shaded cells only (filled boxes a point apart, no line stroked:
   * an Excel print of a sheet with fills and no borders, h273) the edges of those boxes, which the lattice reader merges
   * across each gap as it merges a double line.
   */
  List<Ruling> rulings() {
    if (withFills == null) {
      withFills = withFills(); // asked more than once per page; the tiling test is quadratic in the boxes
    }
    return withFills;
  }

  private List<Ruling> withFills() {
    if (!CellFills.tile(cellFills)) {
      return rulings;
    }
    List<Ruling> out = new ArrayList<>(rulings);
    for (double[] b : cellFills) {
      out.add(new Ruling(true, b[1], b[0], b[2]));
      out.add(new Ruling(true, b[3], b[0], b[2]));
      out.add(new Ruling(false, b[0], b[1], b[3]));
      out.add(new Ruling(false, b[2], b[1], b[3]));
    }
    return out;
  }

  int images() {
    return images;
  }

  /** Filled shapes no bigger than a large character: a page's text drawn as paths numbers hundreds of them. */
  int glyphShapes() {
    return glyphShapes;
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    List<Point2D.Double> rect = new ArrayList<>(4);
    for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
      rect.add(frame.toPage(p.getX(), p.getY()));
    }
    subpaths.add(rect);
    closed.add(true);
    current = rect.get(0);
  }

  @Override
  public void moveTo(float x, float y) {
    current = frame.toPage(x, y);
    List<Point2D.Double> sp = new ArrayList<>();
    sp.add(current);
    subpaths.add(sp);
    closed.add(false);
  }

  @Override
  public void lineTo(float x, float y) {
    current = frame.toPage(x, y);
    if (subpaths.isEmpty()) {
      moveTo(x, y);
      return;
    }
    subpaths.get(subpaths.size() - 1).add(current);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    curved = true;
    current = frame.toPage(x3, y3);
    if (!subpaths.isEmpty()) {
      subpaths.get(subpaths.size() - 1).add(current); // for the shape's size; a curved path is no ruling or cell
    }
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    if (!closed.isEmpty()) {
      closed.set(closed.size() - 1, true);
    }
  }

  @Override
  public void endPath() {
    reset();
  }

  @Override
  public void strokePath() throws IOException {
    if (visible(getGraphicsState().getStrokingColor()) && !curved) {
      for (int i = 0; i < subpaths.size(); i++) {
        List<Point2D.Double> sp = subpaths.get(i);
        for (int k = 1; k < sp.size(); k++) {
          addSegment(sp.get(k - 1), sp.get(k));
        }
        if (closed.get(i) && sp.size() > 2) {
          addSegment(sp.get(sp.size() - 1), sp.get(0));
        }
      }
    }
    reset();
  }

  @Override
  public void fillPath(int windingRule) throws IOException {
    if (visible(getGraphicsState().getNonStrokingColor()) && glyphSized()) {
      glyphShapes++;
    }
    if (visible(getGraphicsState().getNonStrokingColor()) && !curved) {
      for (List<Point2D.Double> sp : subpaths) {
        addThinFill(sp);
      }
    }
    if (!curved) {
      boolean white = !visible(getGraphicsState().getNonStrokingColor())
          && getGraphicsState().getNonStrokeAlphaConstant() >= OPAQUE;
      // white boxes too: in a grid of shaded cells a white one is a cell as much as a grey one
      for (List<Point2D.Double> sp : subpaths) {
        double[] b = box(sp);
        if (b != null && b[2] - b[0] > THIN && b[3] - b[1] > THIN) {
          if (cellFills.size() < MAX_FILLS) {
            cellFills.add(b);
          }
          if (white) {
            hide(b);
          }
        }
      }
    }
    reset();
  }

  /** Whether the path being filled is as small as a character and more than a line or a dot (both sides over 1 pt). */
  private boolean glyphSized() {
    double x0 = Double.MAX_VALUE;
    double y0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;
    double y1 = -Double.MAX_VALUE;
    for (List<Point2D.Double> sp : subpaths) {
      for (Point2D.Double p : sp) {
        x0 = Math.min(x0, p.x);
        y0 = Math.min(y0, p.y);
        x1 = Math.max(x1, p.x);
        y1 = Math.max(y1, p.y);
      }
    }
    return x1 - x0 > 1 && y1 - y0 > 1 && x1 - x0 <= GLYPH_SIZE && y1 - y0 <= GLYPH_SIZE;
  }

  @Override
  public void fillAndStrokePath(int windingRule) throws IOException {
    List<List<Point2D.Double>> keep = List.copyOf(subpaths);
    List<Boolean> keepClosed = List.copyOf(closed);
    fillPath(windingRule);
    subpaths.addAll(keep);
    closed.addAll(keepClosed);
    strokePath();
  }

  @Override
  public void drawImage(PDImage pdImage) {
    images++;
    var ctm = getGraphicsState().getCurrentTransformationMatrix(); // the unit square the image fills, in page space
    double w = Math.hypot(ctm.getScaleX(), ctm.getShearY());
    double h = Math.hypot(ctm.getShearX(), ctm.getScaleY());
    double page = frame.width() * frame.height();
    largestImageShare = Math.max(largestImageShare, page > 0 ? w * h / page : 0);
  }

  /** The share of the page the largest image painted on it covers: near 1 for a scanned page. */
  double largestImageShare() {
    return largestImageShare;
  }

  @Override
  public void clip(int windingRule) {
    // clipping paths are not drawn; the path is discarded by the following endPath
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // gradients are never table borders
  }

  private void reset() {
    subpaths.clear();
    closed.clear();
    curved = false;
  }

  /**
   * A white box painted over lines drawn before it hides them where it covers them: an Excel print with gridlines paints
   * each merged cell, and the cells its text runs over, white on top of the sheet's grey grid (h351), so no reader sees
   * a line there. Lines along the box's edges (within {@link #EDGE}) stay: they are the cell's own borders.
   */
  private void hide(double[] b) {
    if (rulings.stream().noneMatch(r -> covered(r, b))) {
      return; // the usual white box: a cell's background painted before its borders
    }
    List<Ruling> kept = new ArrayList<>(rulings.size());
    for (Ruling r : rulings) {
      if (!covered(r, b)) {
        kept.add(r);
        continue;
      }
      double from = r.horizontal() ? b[0] : b[1];
      double to = r.horizontal() ? b[2] : b[3];
      if (r.from() < from - AXIS) {
        kept.add(new Ruling(r.horizontal(), r.at(), r.from(), from));
      }
      if (r.to() > to + AXIS) {
        kept.add(new Ruling(r.horizontal(), r.at(), to, r.to()));
      }
    }
    rulings.clear();
    rulings.addAll(kept);
  }

  /** Whether the box {x0, y0, x1, y1} covers part of the ruling, inside its edges. */
  private static boolean covered(Ruling r, double[] b) {
    boolean inside = r.horizontal() ? r.at() > b[1] + EDGE && r.at() < b[3] - EDGE : r.at() > b[0] + EDGE && r.at() < b[2] - EDGE;
    double from = r.horizontal() ? b[0] : b[1];
    double to = r.horizontal() ? b[2] : b[3];
    return inside && r.to() > from && r.from() < to;
  }

  private void addSegment(Point2D.Double a, Point2D.Double b) {
    if (Math.abs(a.y - b.y) <= AXIS && Math.abs(a.x - b.x) > AXIS) {
      rulings.add(new Ruling(true, (a.y + b.y) / 2, a.x, b.x));
    } else if (Math.abs(a.x - b.x) <= AXIS && Math.abs(a.y - b.y) > AXIS) {
      rulings.add(new Ruling(false, (a.x + b.x) / 2, a.y, b.y));
    }
  }

  /** The bounds {x0, y0, x1, y1} of a four-cornered subpath (a rectangle), else null. */
  private static double @org.jspecify.annotations.Nullable [] box(List<Point2D.Double> sp) {
    if (sp.size() < 4 || sp.size() > 5) {
      return null;
    }
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Point2D.Double p : sp) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
    for (Point2D.Double p : sp) {
      boolean corner = (Math.abs(p.x - minX) <= AXIS || Math.abs(p.x - maxX) <= AXIS)
          && (Math.abs(p.y - minY) <= AXIS || Math.abs(p.y - maxY) <= AXIS);
      if (!corner) {
        return null; // a turned or irregular shape
      }
    }
    return new double[] {minX, minY, maxX, maxY};
  }

  private void addThinFill(List<Point2D.Double> sp) {
    double[] b = box(sp);
    if (b == null) {
      return;
    }
    double minX = b[0];
    double maxX = b[2];
    double minY = b[1];
    double maxY = b[3];
    double w = maxX - minX;
    double h = maxY - minY;
    if (h <= THIN && w > h) {
      rulings.add(new Ruling(true, (minY + maxY) / 2, minX, maxX));
    } else if (w <= THIN && h > w) {
      rulings.add(new Ruling(false, (minX + maxX) / 2, minY, maxY));
    }
  }

  /** False for white or near-white paint, which draws nothing a reader sees as a line. */
  private static boolean visible(PDColor color) {
    try {
      int rgb = color.toRGB();
      return ((rgb >> 16) & 0xff) < 0xf0 || ((rgb >> 8) & 0xff) < 0xf0 || (rgb & 0xff) < 0xf0;
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }
}
