package org.jixiao.ingest.pdf;

import java.awt.geom.Point2D;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Maps PDF user-space points to the top-down frame of the displayed page, the same frame in which
 * PDFBox reports {@code TextPosition.getX()/getY()} (crop box origin, page rotation applied), so
 * rulings and glyphs can be compared directly.
 */
record PageFrame(double llx, double lly, double boxWidth, double boxHeight, int rotation) {

  static PageFrame of(PDPage page) {
    PDRectangle box = page.getCropBox();
    int rot = ((page.getRotation() % 360) + 360) % 360;
    return new PageFrame(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight(), rot);
  }

  /** The frame of this page turned a further quarter turn ({@code by} 90 or 270): width and height swap. */
  PageFrame turned(int by) {
    return new PageFrame(llx, lly, boxWidth, boxHeight, (rotation + by) % 360);
  }

  /** Width of the page as displayed. */
  double width() {
    return rotation == 90 || rotation == 270 ? boxHeight : boxWidth;
  }

  /** Height of the page as displayed. */
  double height() {
    return rotation == 90 || rotation == 270 ? boxWidth : boxHeight;
  }

  Point2D.Double toPage(double px, double py) {
    double x = px - llx;
    double y = py - lly;
    return switch (rotation) {
      case 90 -> new Point2D.Double(y, x);
      case 180 -> new Point2D.Double(boxWidth - x, y);
      case 270 -> new Point2D.Double(boxHeight - y, boxWidth - x);
      default -> new Point2D.Double(x, boxHeight - y);
    };
  }
}
