package org.jixiao.ingest.pdf;

import java.util.List;

/** Glyphs on one baseline, left to right, with their bounding box and their text (spaces restored). */
record TextLine(List<Glyph> glyphs, String text, double x0, double x1, double top, double bottom, double size) {
  TextLine {
    glyphs = List.copyOf(glyphs);
  }

  double height() {
    return bottom - top;
  }

  double centreY() {
    return (top + bottom) / 2;
  }
}
