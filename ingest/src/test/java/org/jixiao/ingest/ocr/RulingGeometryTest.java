package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pixel side of a scanned table, without the OCR engine: a ruled 3×4 grid drawn at 200 dpi whose
 * top-left cell spans two columns (as 部门名称 does over the head block) and whose first column holds a
 * cell spanning two rows, with a red seal over it and turned by 1°.
 */
class RulingGeometryTest {
  private static final int DPI = 200;
  private static final int[] XS = {100, 500, 800, 1100, 1400};
  private static final int[] YS = {200, 300, 400, 500};

  /** The grid: 3 rows × 4 columns; (0,0)-(0,1) merged, (1,0)-(2,0) merged: 10 cells. */
  private static BufferedImage table(boolean seal) {
    BufferedImage img = new BufferedImage(1600, 700, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1600, 700);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(3));
    for (int y : YS) {
      g.drawLine(XS[0], y, XS[4], y);
    }
    g.drawLine(XS[0], YS[0], XS[0], YS[3]);
    g.drawLine(XS[4], YS[0], XS[4], YS[3]);
    g.drawLine(XS[1], YS[1], XS[1], YS[3]); // no line between the first two cells of row 0
    g.drawLine(XS[2], YS[0], XS[2], YS[3]);
    g.drawLine(XS[3], YS[0], XS[3], YS[3]);
    g.setColor(Color.WHITE);
    g.fillRect(XS[0] + 2, YS[2] - 2, XS[1] - XS[0] - 4, 5); // rows 1–2 of column 0 merged
    if (seal) {
      g.setColor(new Color(215, 30, 30));
      g.setStroke(new BasicStroke(14));
      g.drawOval(650, 150, 330, 330);
    }
    g.dispose();
    return img;
  }

  @Test
  void rulingsAndMergedCellsAreFoundThroughARedSeal() {
    GreyImage page = GreyImage.of(table(true));
    InkMap ink = InkMap.of(page);
    List<Segment> lines = LineFinder.find(ink, DPI);
    assertEquals(4, lines.stream().filter(Segment::horizontal).count(), lines.toString());
    List<CellFinder.Table> tables = CellFinder.find(lines, page.width(), page.height(), DPI);
    assertEquals(1, tables.size());
    assertEquals(10, tables.get(0).cells().size(), "12 slots, two merged pairs");
    assertTrue(tables.get(0).cells().stream().anyMatch(c -> c[0] <= XS[0] + 5 && c[2] >= XS[2] - 5 && c[3] <= YS[1] + 5),
        "the top-left cell spans two columns");
  }

  @Test
  void aPageTurnedByOneDegreeIsLevelledBeforeTheGridIsFound() {
    GreyImage turned = GreyImage.of(table(false)).rotated(1.0);
    double angle = Skew.angle(InkMap.of(turned));
    assertEquals(-1.0, angle, 0.15);
    GreyImage level = turned.rotated(angle);
    List<Segment> lines = LineFinder.find(InkMap.of(level), DPI);
    assertEquals(10, CellFinder.find(lines, level.width(), level.height(), DPI).get(0).cells().size());
  }

  /**
   * A fax's rulings: a skewed line sent at 98 lines per inch and levelled again comes back as dashes 0.75 in long with
   * 0.17 in gaps, out of step from one ruling to the next; a dirty-glass streak runs down from the page's top to the
   * table. The dashes are one ruling each (the merged cells still merged: a gap bounded by a crossing ruling is kept),
   * and the streak is no part of the table.
   */
  @Test
  void aFaxsDashedRulingsAreJoinedAndAStreakIsNoRuling() {
    BufferedImage img = table(false);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    for (int i = 0; i < YS.length; i++) {
      for (int x : new int[] {600, 720, 860, 980, 1120, 1260}) {
        g.fillRect(x + 10 * i, YS[i] - 3, 35, 7);
      }
    }
    g.setColor(Color.BLACK);
    g.fillRect(950, 0, 3, YS[0]);
    g.dispose();
    GreyImage page = GreyImage.of(img);
    List<Segment> lines = LineFinder.find(InkMap.of(page), DPI);
    assertEquals(4, lines.stream().filter(s -> s.horizontal() && s.from() <= XS[1] && s.to() >= XS[4]).count(), lines.toString());
    assertTrue(lines.stream().noneMatch(s -> !s.horizontal() && s.from() < YS[0] - 20), "the streak is dropped: " + lines);
    List<CellFinder.Table> tables = CellFinder.find(lines, page.width(), page.height(), DPI);
    assertEquals(1, tables.size());
    assertEquals(10, tables.get(0).cells().size(), "12 slots, two merged pairs");
    assertTrue(tables.get(0).frame()[1] >= YS[0] - 10, "the frame starts at the table's top ruling");
  }

  /**
   * Dirt on a scanner's glass draws a line down the whole page, through the table and across its rulings: painted out
   * where it runs over paper, it is no column rule, and the rulings it crossed are whole.
   */
  @Test
  void aStreakDownTheWholePageIsNoColumnRule() {
    BufferedImage img = table(false);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(950, 0, 3, img.getHeight());
    g.dispose();
    GreyImage page = GreyImage.of(img);
    InkMap ink = InkMap.of(page);
    assertEquals(1, Streaks.find(ink, DPI).size());
    GreyImage cleared = Streaks.removed(page, ink, DPI);
    assertEquals(255, cleared.at(951, 250), "painted out between the rulings");
    assertTrue(cleared.at(951, YS[1]) < 100, "kept where a ruling crosses it");
    List<Segment> lines = LineFinder.find(InkMap.of(cleared), DPI);
    assertTrue(lines.stream().noneMatch(s -> !s.horizontal() && Math.abs(s.at() - 951) < 10), lines.toString());
    assertEquals(10, CellFinder.find(lines, page.width(), page.height(), DPI).get(0).cells().size());
    assertEquals(0, Streaks.find(InkMap.of(GreyImage.of(table(false))), DPI).size(), "a table's own rulings are no streak");
    // a picture cropped to its table (a DOCX's pasted scan): every column rule runs from edge to edge, none is a streak
    GreyImage cropped = GreyImage.of(table(false)).crop(XS[0] - 20, YS[0] - 1, XS[4] - XS[0] + 40, YS[3] - YS[0] + 3);
    assertEquals(0, Streaks.find(InkMap.of(cropped), DPI).size());
  }

  @Test
  void otsuSplitsPaleGreyPrintFromPaper() {
    byte[] px = new byte[100];
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) (i < 20 ? 120 : 235);
    }
    InkMap ink = InkMap.of(new GreyImage(10, 10, px));
    assertEquals(20, ink.count(0, 0, 10, 10));
  }
}
