package org.jixiao.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDChoice;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.jixiao.text.number.Numbers;

/**
 * 表单域: the values of a fillable PDF's text and choice fields (AcroForm), as glyphs where their widgets show them. A
 * 填报 system's exported form keeps every filled figure there and only the grid and the labels in the page's content
 * (h259), and a text layer alone would read an empty form. Each value is set inside its widget's box, wrapped to its
 * width as a multi-line field shows it, so that the layout pass puts it in the cell the widget sits in. Hidden widgets
 * and empty values are not read; check boxes and buttons are no text.
 */
final class FormFieldGlyphs {
  private static final Pattern FONT_SIZE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s+Tf");
  /** Inset from the widget's left edge, in points, as viewers draw a field's text. */
  private static final double INSET = 2;

  private final Map<COSDictionary, String> values = new IdentityHashMap<>();
  private final Map<COSDictionary, String> appearances = new IdentityHashMap<>();

  /** The filled values of the document's form, by widget. */
  FormFieldGlyphs(PDDocument doc) {
    PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
    if (form == null) {
      return;
    }
    for (PDField f : form.getFieldTree()) {
      if (!(f instanceof PDTerminalField t) || !(f instanceof PDTextField || f instanceof PDChoice)) {
        continue;
      }
      String v = f.getValueAsString();
      if (v == null || v.isBlank()) {
        continue;
      }
      String da = f instanceof PDTextField text ? text.getDefaultAppearance() : "";
      for (PDAnnotationWidget w : t.getWidgets()) {
        values.put(w.getCOSObject(), v.strip());
        appearances.put(w.getCOSObject(), da);
      }
    }
  }

  boolean any() {
    return !values.isEmpty();
  }

  /** The glyphs of the filled fields on {@code page}, in the displayed page's frame; how many fields gave them. */
  record Read(List<Glyph> glyphs, int fields) {}

  Read read(PDPage page, PageFrame frame) throws IOException {
    List<Glyph> out = new ArrayList<>();
    int fields = 0;
    for (PDAnnotation a : page.getAnnotations()) {
      String v = a instanceof PDAnnotationWidget ? values.get(a.getCOSObject()) : null;
      if (v == null || a.isHidden() || a.isNoView()) {
        continue;
      }
      PDRectangle r = a.getRectangle();
      if (r == null) {
        continue;
      }
      Point2D.Double p0 = frame.toPage(r.getLowerLeftX(), r.getUpperRightY());
      Point2D.Double p1 = frame.toPage(r.getUpperRightX(), r.getLowerLeftY());
      double left = Math.min(p0.x, p1.x);
      double right = Math.max(p0.x, p1.x);
      double top = Math.min(p0.y, p1.y);
      double bottom = Math.max(p0.y, p1.y);
      String da = a.getCOSObject().getString(org.apache.pdfbox.cos.COSName.DA);
      double size = size(da != null ? da : appearances.getOrDefault(a.getCOSObject(), ""), bottom - top);
      lay(v, left + INSET, Math.max(left + INSET + size, right - INSET), top, size, out);
      fields++;
    }
    return new Read(out, fields);
  }

  /** The field's font size from its appearance string ("/STSong 8.5 Tf"), else one that fits the box's height. */
  static double size(String da, double height) {
    Matcher m = FONT_SIZE.matcher(da);
    double fit = Math.max(1, Math.min(10.5, 0.7 * height));
    if (m.find()) {
      double s = Numbers.parse(m.group(1)).map(BigDecimal::doubleValue).orElse(0.0);
      return s > 0 ? s : fit; // 0 Tf: auto-sized
    }
    return fit;
  }

  /** The value's characters left to right from {@code left}, wrapped at {@code right}, one line a font size and a bit down. */
  static void lay(String value, double left, double right, double top, double size, List<Glyph> out) {
    double lineHeight = 1.2 * size;
    double baseline = top + 0.1 * size + size;
    double x = left;
    for (String line : value.split("\\R")) {
      for (int off = 0; off < line.length(); ) {
        int cp = line.codePointAt(off);
        off += Character.charCount(cp);
        double advance = cp < 0x2E80 ? 0.5 * size : size;
        if (x + advance > right && x > left) {
          x = left;
          baseline += lineHeight;
        }
        if (!Character.isWhitespace(cp)) {
          out.add(new Glyph(new String(Character.toChars(cp)), x, x + advance, baseline - 0.88 * size, baseline, size));
        }
        x += advance;
      }
      x = left;
      baseline += lineHeight;
    }
  }
}
