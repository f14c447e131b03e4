package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Which pictures in a Word file are worth an OCR pass: a printed table's scan, not a photograph or an icon. */
class PictureTextTest {
  @Test
  void aScannedTableIsReadAPhotographAndAnIconAreNot() {
    BufferedImage table = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = table.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1600, 1000);
    g.setColor(Color.BLACK);
    for (int y = 40; y < 1000; y += 60) {
      g.drawLine(40, y, 1560, y); // rulings
      g.fillRect(60, y + 20, 300, 18); // a line of text
    }
    g.setColor(new Color(220, 30, 30));
    g.fillOval(1200, 600, 220, 220); // a red seal over part of it
    g.dispose();
    assertTrue(PictureText.worthReading(table));

    BufferedImage photo = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
    SplittableRandom rnd = new SplittableRandom(7);
    for (int y = 0; y < 1000; y++) {
      for (int x = 0; x < 1600; x++) {
        int v = Math.clamp(60 + x / 16 + rnd.nextInt(60), 0, 255); // a scene: mid tones everywhere
        photo.setRGB(x, y, new Color(v, Math.clamp(v + 20, 0, 255), Math.clamp(v - 20, 0, 255)).getRGB());
      }
    }
    assertFalse(PictureText.worthReading(photo));
    assertFalse(PictureText.worthReading(new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB)), "an icon");
  }
}
