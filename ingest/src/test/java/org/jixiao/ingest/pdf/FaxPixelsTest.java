package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** A fax's pixels (204 × 98 dpi) are twice as tall as wide: its rows are resampled before OCR, square pixels are not. */
class FaxPixelsTest {
  @Test
  void aStandardFaxPageIsStretchedToSquarePixelsAndASquareOneIsLeft() {
    BufferedImage fax = new BufferedImage(1728, 1168, BufferedImage.TYPE_BYTE_BINARY);
    BufferedImage square = PageImageReader.squarePixels(fax, new double[] {25.4 / 204, 25.4 / 98});
    assertEquals(1728, square.getWidth());
    assertEquals(Math.round(1168 * 204.0 / 98), square.getHeight(), "rows at the width's 204 dpi: an A4 page again");
    BufferedImage scan = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY);
    assertSame(scan, PageImageReader.squarePixels(scan, new double[] {0.127, 0.127}));
    assertSame(scan, PageImageReader.squarePixels(scan, null), "a file that does not say is read as it is");
  }
}
