package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Text printed light on a dark bar is turned to dark on light; dark print on a light shade and a picture are left alone. */
class ReverseBarsTest {
  private static final int DPI = 144;

  /** Pixels of the region darker than 128. */
  private static int dark(GreyImage img, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        n += img.at(x, y) < 128 ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void aPlatformsHeaderBarWhiteOnBlueReadsAsDarkTextOnPaper() throws IOException {
    // h420's table header (序号 一级指标 二级指标 三级指标 …, white on rgb(58, 123, 213)) with a white row above and below
    BufferedImage img;
    try (var in = ReverseBarsTest.class.getResourceAsStream("screenshot-header-bar.png")) {
      img = ImageIO.read(in);
    }
    GreyImage page = GreyImage.of(img);
    assertTrue(dark(page, 0, 0, page.width(), page.height()) == 0, "the brightest channel shows no print at all");
    GreyImage righted = ReverseBars.righted(img, page, DPI);
    int text = dark(righted, 0, 0, righted.width(), righted.height());
    assertTrue(text > 300, "the header's words are ink: " + text);
    assertTrue(text < righted.width() * righted.height() / 5, "the fill is paper: " + text);
  }

  @Test
  void darkPrintOnALightShadeAndATallDarkPictureAreLeftAlone() {
    BufferedImage img = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 600, 400);
    g.setColor(new Color(217, 217, 217)); // a header row shaded 15% grey
    g.fillRect(20, 20, 560, 36);
    g.setColor(new Color(90, 90, 90)); // a photograph, taller than a line
    g.fillRect(20, 120, 400, 250);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
    g.drawString("Item  Budget  Spent  Rate", 30, 45);
    g.setColor(Color.WHITE);
    g.drawString("caption in the picture", 40, 240);
    g.dispose();
    GreyImage page = GreyImage.of(img);
    assertSame(page, ReverseBars.righted(img, page, DPI));
  }
}
