package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Excel print with gridlines (h351's family): the sheet's grey grid is drawn first over the whole range, then each
 * merged cell, and each cell whose text runs over its neighbours, is painted white on top and given its black border.
 * What a reader sees is the merged cell, not the gridlines under the paint.
 */
class PaintedOverLinesTest {
  @TempDir Path dir;

  private static final float[] XS = {72, 150, 260, 340, 420};
  private static final float TOP = 740;
  private static final float ROW = 20;
  private static final int ROWS = 5;

  @Test
  void linesUnderAWhiteBoxAreHiddenItsBordersStay() throws IOException {
    Path pdf = PdfFixtures.onePage(dir, "testPaintedOver.pdf", cs -> {
      cs.setStrokingColor(0.75f, 0.75f, 0.75f); // the sheet's gridlines, every row and column
      for (float x : XS) {
        PdfFixtures.line(cs, x, TOP, x, TOP - ROWS * ROW);
      }
      for (int r = 0; r <= ROWS; r++) {
        PdfFixtures.line(cs, XS[0], TOP - r * ROW, XS[4], TOP - r * ROW);
      }
      cs.setStrokingColor(0f, 0f, 0f);
      // row 1: a title running over all four columns, painted white (no border)
      white(cs, XS[0] + 0.4f, TOP - ROW + 0.4f, XS[4] - XS[0] - 0.8f, ROW - 0.8f, false);
      // column 1, rows 3–5: a merged group painted white and bordered
      white(cs, XS[0], TOP - 5 * ROW, XS[1] - XS[0], 3 * ROW, true);
      for (int r = 1; r < ROWS; r++) {
        for (int c = r >= 2 ? 1 : 0; c < 4; c++) {
          cs.addRect(XS[c], TOP - (r + 1) * ROW, XS[c + 1] - XS[c], ROW);
        }
      }
      cs.stroke();
      cs.setNonStrokingColor(0f, 0f, 0f);
      PdfFixtures.text(cs, XS[0] + 4, TOP - 14, "Filled in by: the county education bureau");
      String[][] rows = {{"Level 1", "Indicator", "Weight", "Score"}, {"", "Budget rate", "10", "9.5"},
          {"", "Training", "8", "8"}, {"", "Satisfaction", "6", "5"}};
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < 4; c++) {
          PdfFixtures.text(cs, XS[c] + 4, TOP - (r + 1) * ROW - 14, rows[r][c]);
        }
      }
      PdfFixtures.text(cs, XS[0] + 4, TOP - 4 * ROW + 6, "Output");
    });
    ParsedDocument d = Samples.read(pdf);
    TableGrid t = d.tables().getFirst();
    int header = -1;
    for (int r = 0; r < t.rows(); r++) {
      header = header < 0 && t.text(r, t.cols() - 1).equals("Score") ? r : header;
    }
    assertEquals("Level 1", t.text(header, 0), t.toString());
    GridCell group = t.cellAt(header + 1, 0);
    assertEquals(3, group.rowSpan(), "the white-painted group is one cell over its three rows: " + t);
    assertEquals("Output", group.text());
    assertEquals("Satisfaction", t.text(header + 3, 1));
    String title = d.paragraphs().stream().map(p -> p.text()).filter(s -> s.startsWith("Filled")).findFirst()
        .orElseGet(() -> t.text(0, 0));
    assertEquals("Filled in by: the county education bureau", title, "the title is read whole, not cut at gridlines");
  }

  private static void white(PDPageContentStream cs, float x, float y, float w, float h, boolean border) throws IOException {
    cs.setNonStrokingColor(1f, 1f, 1f);
    cs.addRect(x, y, w, h);
    if (border) {
      cs.fillAndStroke();
    } else {
      cs.fill();
    }
  }
}
