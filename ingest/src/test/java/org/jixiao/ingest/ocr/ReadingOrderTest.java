package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a hazy photocopy does to the engine's character boxes and to the ruling finder (h435), without the engine: the
 * characters come back in the right order with boxes out of order, and touching bold strokes make long thin runs of ink
 * through a line of text.
 */
class ReadingOrderTest {
  private static OcrGlyph g(String t, int x0, int x1) {
    return new OcrGlyph(t, x0, x1, 10, 40, 90);
  }

  private static String sortedByPosition(List<OcrGlyph> glyphs) {
    return glyphs.stream().sorted(Comparator.comparingInt(OcrGlyph::x0)).map(OcrGlyph::text).collect(Collectors.joining());
  }

  @Test
  void boxesOutOfOrderKeepTheOrderTheCharactersWereRead() {
    // as read from h435's 得分 cell and its 年度资金总额 label
    List<OcrGlyph> score = List.of(g("9", 1, 11), g(".", 13, 17), g("9", 21, 29), g("4", 18, 40));
    assertEquals("9.49", sortedByPosition(score), "sorted by the engine's boxes");
    assertEquals("9.94", sortedByPosition(OcrEngine.inReadingOrder(score)));
    List<OcrGlyph> label = List.of(g("年", 1, 20), g("度", 29, 50), g("资", 20, 97), g("金", 97, 117), g("总", 88, 107),
        g("额", 106, 120));
    assertEquals("年度资金总额", sortedByPosition(OcrEngine.inReadingOrder(label)));
  }

  @Test
  void boxesInOrderAndOtherLinesAreLeftAsTheyAre() {
    List<OcrGlyph> inOrder = List.of(g("1", 0, 10), g("0", 11, 21), g("%", 22, 40));
    assertEquals(inOrder, OcrEngine.inReadingOrder(inOrder));
    // a second line starts at the left again
    List<OcrGlyph> twoLines = List.of(g("分", 50, 70), new OcrGlyph("值", 5, 25, 50, 80, 90));
    assertEquals(twoLines, OcrEngine.inReadingOrder(twoLines));
  }

  @Test
  void aRunOfInkThroughALineOfTextIsNoRuling() {
    int dpi = 200;
    BufferedImage img = new BufferedImage(1200, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D gr = img.createGraphics();
    gr.setColor(Color.WHITE);
    gr.fillRect(0, 0, 1200, 400);
    gr.setColor(Color.BLACK);
    gr.fillRect(50, 50, 1100, 4); // a ruling, paper below it
    gr.fillRect(50, 300, 1100, 4); // a ruling, paper above it
    // a line of touching bold characters: a thin run through its middle, strokes above and below it all along
    gr.fillRect(200, 170, 300, 1);
    for (int x = 200; x < 500; x += 6) {
      gr.fillRect(x, 150, 3, 40);
    }
    gr.dispose();
    List<Segment> lines = LineFinder.find(InkMap.of(GreyImage.of(img)), dpi);
    List<Integer> horizontal = lines.stream().filter(Segment::horizontal).map(Segment::at).sorted().toList();
    assertEquals(2, horizontal.size(), lines.toString());
    assertEquals(List.of(true, true), horizontal.stream().map(at -> at < 60 || at > 295).toList());
    assertEquals(List.of(), lines.stream().filter(s -> !s.horizontal() && s.at() > 205 && s.at() < 490).toList(),
        "nor are the strokes between the first and the last, with strokes on both sides");
  }
}
