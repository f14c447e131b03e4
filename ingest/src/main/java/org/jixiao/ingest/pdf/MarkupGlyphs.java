package org.jixiao.ingest.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;

/**
 * 批注改正: a form corrected after export with a PDF editor's markup (h345): a white filled square over a printed figure
 * (white-out) hides it, and a typewriter note (a FreeText annotation) over it prints the new one. The page is read as it
 * shows: the glyphs under a white-out are dropped, and each typewriter note's text is set in its box as glyphs, so that
 * the layout puts it in the cell it covers. Sticky notes and their pop-ups are comments, not the report's text.
 */
final class MarkupGlyphs {
  /** A fill this light in every channel is white. */
  private static final float WHITE = 0.95f;
  /** Inset from a note's left edge, in points. */
  private static final double INSET = 1;

  private MarkupGlyphs() {}

  /** The page's glyphs as its markup shows them, and how many white-outs and notes it has. */
  record Read(List<Glyph> glyphs, int whiteOuts, int notes) {}

  static Read applied(PDPage page, PageFrame frame, List<Glyph> glyphs) throws IOException {
    List<Rectangle2D> whiteOuts = new ArrayList<>();
    List<Glyph> typed = new ArrayList<>();
    int notes = 0;
    for (PDAnnotation a : page.getAnnotations()) {
      PDRectangle r = a.getRectangle();
      if (r == null || a.isHidden() || a.isNoView()) {
        continue;
      }
      Rectangle2D box = box(r, frame);
      if (a instanceof PDAnnotationSquare square && white(square.getInteriorColor())) {
        whiteOuts.add(box);
      } else if (a instanceof PDAnnotationFreeText && a.getContents() != null && !a.getContents().isBlank()) {
        String da = a.getCOSObject().getString(COSName.DA);
        double size = FormFieldGlyphs.size(da != null ? da : "", box.getHeight());
        FormFieldGlyphs.lay(a.getContents().strip(), box.getMinX() + INSET, Math.max(box.getMinX() + INSET + size,
            box.getMaxX() - INSET), box.getMinY(), size, typed);
        notes++;
      }
    }
    if (whiteOuts.isEmpty() && notes == 0) {
      return new Read(glyphs, 0, 0);
    }
    List<Glyph> out = new ArrayList<>(glyphs.size() + typed.size());
    for (Glyph g : glyphs) {
      double cx = (g.x0() + g.x1()) / 2;
      double cy = (g.top() + g.baseline()) / 2;
      if (whiteOuts.stream().noneMatch(w -> w.contains(cx, cy))) {
        out.add(g);
      }
    }
    out.addAll(typed);
    return new Read(out, whiteOuts.size(), notes);
  }

  private static boolean white(PDColor c) {
    if (c == null || c.getComponents().length == 0) {
      return false;
    }
    for (float v : c.getComponents()) {
      if (v < WHITE) {
        return false;
      }
    }
    return true;
  }

  private static Rectangle2D box(PDRectangle r, PageFrame frame) {
    Point2D.Double p0 = frame.toPage(r.getLowerLeftX(), r.getUpperRightY());
    Point2D.Double p1 = frame.toPage(r.getUpperRightX(), r.getLowerLeftY());
    return new Rectangle2D.Double(Math.min(p0.x, p1.x), Math.min(p0.y, p1.y), Math.abs(p1.x - p0.x), Math.abs(p1.y - p0.y));
  }
}
