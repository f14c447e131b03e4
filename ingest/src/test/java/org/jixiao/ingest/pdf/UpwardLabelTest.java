package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A 一级 label drawn turned to read upwards in a merged column (h226): one glyph above the next, read from the foot. */
class UpwardLabelTest {
  /** The label's glyphs as PDFBox places them for text direction 90°: the first character lowest. */
  private static List<Glyph> upward(String label, double x, double foot) {
    List<Glyph> out = new ArrayList<>();
    for (int i = 0; i < label.length(); i++) {
      double base = foot - 10 * i;
      out.add(new Glyph(String.valueOf(label.charAt(i)), x, x + 9, base - 9, base, 9, Glyph.PRINTED, true));
    }
    return out;
  }

  @Test
  void anUpwardLabelReadsFromTheFootUp() {
    PageTable.Cell cell = PageTable.Cell.of(1, 0, 4, 1, upward("立项必要性", 64, 191), 40, 90);
    assertEquals("立项必要性", cell.text());
  }

  @Test
  void uprightGlyphsStillReadLineByLine() {
    List<Glyph> g = new ArrayList<>(LineFixtures.glyphs("政策相符性", 100, 100, 9));
    assertEquals("政策相符性", PageTable.Cell.of(1, 1, 1, 1, g, 95, 200).text());
  }
}
