package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A wide form scanned in two passes and stitched (h524's A3 form on an A4 flatbed): a ruled 7 × 5 grid at 200 dpi cut
 * between two of its columns, the left half turned by half a degree and the right one moved 5 px down. The slanted
 * half's rulings are as thick as they fall, so they are no rulings, and its table does not close; mended, the whole
 * grid is found.
 */
class SeamTest {
  private static final int DPI = 200;
  private static final int[] XS = {100, 300, 500, 700, 900, 1100, 1300, 1500};
  private static final int[] YS = {150, 230, 310, 390, 470, 550};
  private static final int CUT = 800;

  private static GreyImage grid(int[] xs) {
    return grid(xs, false);
  }

  /** Rulings from xs[0] to xs[1] (and xs[2] to xs[3]), a column every 200 px; with {@code open} sides, no outer columns. */
  private static GreyImage grid(int[] xs, boolean open) {
    BufferedImage img = new BufferedImage(1600, 700, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1600, 700);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(3));
    for (int y : YS) {
      for (int i = 0; i + 1 < xs.length; i += 2) {
        g.drawLine(xs[i], y, xs[i + 1], y);
      }
    }
    for (int i = 0; i + 1 < xs.length; i += 2) {
      for (int x = open ? xs[i] + 200 : xs[i]; x <= (open ? xs[i + 1] - 200 : xs[i + 1]); x += 200) {
        g.drawLine(x, YS[0], x, YS[YS.length - 1]);
      }
    }
    g.dispose();
    return GreyImage.of(img);
  }

  private static GreyImage stitched(GreyImage whole) {
    // each pass is slanted on the glass, and the stitching cuts both along one straight column
    GreyImage left = whole.rotated(0.5).crop(0, 0, CUT, whole.height());
    GreyImage right = whole.crop(CUT, 0, whole.width() - CUT, whole.height());
    return left.beside(right, -5);
  }

  private static int cells(GreyImage page) {
    List<Segment> lines = LineFinder.find(InkMap.of(page), DPI);
    return CellFinder.find(lines, page.width(), page.height(), DPI).stream().mapToInt(t -> t.cells().size()).max().orElse(0);
  }

  private static OptionalInt seam(GreyImage page) {
    return Seam.find(InkMap.of(page), DPI);
  }

  @Test
  void aStitchedPageIsMendedAtItsSeamAndItsWholeGridFound() {
    GreyImage page = stitched(grid(new int[] {XS[0], XS[7]}));
    assertTrue(cells(page) < 35, "the slanted half's rulings are lost: " + cells(page));
    OptionalInt seam = seam(page);
    assertTrue(seam.isPresent());
    assertEquals(CUT, seam.getAsInt(), 3);
    Seam.Mend mend = Seam.mend(page, seam.getAsInt(), DPI);
    assertEquals(-0.5, mend.leftAngle(), 0.15);
    assertEquals(35, cells(mend.apply(page)), "7 columns × 5 rows");
  }

  /** The page as PageScanner levels it before looking for a seam. */
  private static OptionalInt seamOfScan(String file, int dpi) throws java.io.IOException {
    GreyImage page = GreyImage.of(javax.imageio.ImageIO.read(new java.io.File("../corpus-heldout/" + file))).flattened(dpi / 4);
    double angle = Skew.angle(InkMap.of(page));
    page = Math.abs(angle) >= Skew.NEGLIGIBLE ? page.rotated(angle) : page;
    return Seam.find(InkMap.of(page), dpi);
  }

  @Test
  void aRealStitchedScanHasItsSeamAndALowResolutionScanNone() throws java.io.IOException {
    assertEquals(1236, seamOfScan("h524_nenjiang_nongye.jpg", 150).orElse(-1), 3);
    // s09: print scanned at low resolution, lines ending and beginning at many columns (12 rows at the best, 7 at the next)
    assertEquals(OptionalInt.empty(), seamOfScan("scans/s09_xuzhou_nongye.png", 130));
  }

  @Test
  void aPagePrintedWholeOrTwoTablesSideBySideHaveNoSeam() {
    GreyImage whole = grid(new int[] {XS[0], XS[7]});
    assertEquals(OptionalInt.empty(), seam(whole));
    // two tables 0.5 in apart: their rulings end and begin, but not at one column
    GreyImage pair = grid(new int[] {XS[0], XS[3], XS[4], XS[7]});
    assertEquals(OptionalInt.empty(), seam(pair));
    // a table whose middle column's rulings were cut by its border: a vertical ruling stands there
    GreyImage bordered = grid(new int[] {XS[0], XS[3], XS[3], XS[7]});
    assertEquals(OptionalInt.empty(), seam(bordered));
    // a table open at its sides: its rulings stop at paper
    GreyImage open = grid(new int[] {XS[0], XS[7]}, true);
    assertEquals(OptionalInt.empty(), seam(open));
  }
}
