package org.jixiao.app.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jixiao.schema.Box;
import org.jspecify.annotations.Nullable;

/**
 * Where a stretch of prose stands on a PDF page: the glyphs PDFBox places on the page, searched for the text (white
 * space aside, as the reader joined lines), and the box around those found. Prose keeps only its place in the text;
 * its box is found when a person asks to see it, so a text span is outlined as a table cell is.
 */
final class PageText {
  private PageText() {}

  /** The box around {@code text} on page {@code page} (1-based), or null when the page does not print it. */
  static @Nullable Box boxOf(Path pdf, int page, String text) throws IOException {
    String needle = text.replaceAll("\\s+", "");
    if (needle.isEmpty()) {
      return null;
    }
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      if (page < 1 || page > doc.getNumberOfPages()) {
        return null;
      }
      List<TextPosition> glyphs = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String s, List<TextPosition> positions) {
          glyphs.addAll(positions);
        }
      };
      stripper.setSortByPosition(true);
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      stripper.getText(doc);
      StringBuilder chars = new StringBuilder();
      List<TextPosition> at = new ArrayList<>();
      for (TextPosition g : glyphs) {
        for (char c : g.getUnicode().toCharArray()) {
          if (!Character.isWhitespace(c)) {
            chars.append(c);
            at.add(g);
          }
        }
      }
      int start = chars.indexOf(needle);
      if (start < 0) {
        return null;
      }
      double x0 = Double.MAX_VALUE;
      double y0 = Double.MAX_VALUE;
      double x1 = -Double.MAX_VALUE;
      double y1 = -Double.MAX_VALUE;
      for (TextPosition g : at.subList(start, start + needle.length())) {
        // dir-adjusted: from the top-left of the page as displayed, y on the baseline
        x0 = Math.min(x0, g.getXDirAdj());
        x1 = Math.max(x1, g.getXDirAdj() + g.getWidthDirAdj());
        y0 = Math.min(y0, g.getYDirAdj() - g.getHeightDir());
        y1 = Math.max(y1, g.getYDirAdj());
      }
      return Box.between(x0, y0, x1, y1);
    }
  }
}
