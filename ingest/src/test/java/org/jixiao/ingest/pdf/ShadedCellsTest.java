package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.TableMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table drawn as shaded cells only (h273's family: an Excel print of a sheet with fills and no borders): a dark header
 * row, grey and white rows in turn, every cell a filled box one point from the next, no line stroked anywhere.
 */
class ShadedCellsTest {
  @TempDir Path dir;

  private static final float[] XS = {72, 200, 300, 380, 460};
  private static final float ROW = 20;
  private static final float GAP = 1;

  private static void cell(PDPageContentStream cs, int col, float top, float grey) throws IOException {
    cs.setNonStrokingColor(grey, grey, grey);
    cs.addRect(XS[col], top - ROW + GAP, XS[col + 1] - XS[col] - GAP, ROW - GAP);
    cs.fill();
  }

  @Test
  void shadedBoxesAPointApartAreTheGrid() throws IOException {
    String[][] rows = {{"Indicator", "Target", "Weight", "Score"}, {"Budget rate", ">=95%", "10", "9.5"},
        {"Training", ">=600", "8", "8"}, {"Satisfaction", ">=90%", "6", "5"}, {"Total", "", "24", "22.5"}};
    Path pdf = PdfFixtures.onePage(dir, "testShadedCells.pdf", cs -> {
      PdfFixtures.text(cs, 72, 760, "Scores by indicator");
      float top = 740;
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < 4; c++) {
          cell(cs, c, top, r == 0 ? 0.3f : r % 2 == 1 ? 0.9f : 1f);
        }
        cs.setNonStrokingColor(r == 0 ? 1f : 0f, r == 0 ? 1f : 0f, r == 0 ? 1f : 0f);
        for (int c = 0; c < 4; c++) {
          PdfFixtures.text(cs, XS[c] + 4, top - 14, rows[r][c]);
        }
        top -= ROW;
      }
    });
    ParsedDocument d = Samples.read(pdf);
    assertEquals(1, d.tables().size(), d.blocks().toString());
    TableGrid t = d.tables().getFirst();
    assertEquals(TableMethod.LATTICE, t.method(), "read as a ruled table, not by text alignment");
    assertEquals(5, t.rows(), t.toString());
    assertEquals(4, t.cols(), t.toString());
    assertEquals("Budget rate", t.text(1, 0));
    assertEquals("22.5", t.text(4, 3));
  }

  @Test
  void aPageBackgroundOrAFewShadedHeadingsAreNoGrid() {
    double[] page = {0, 0, 595, 842};
    assertFalse(CellFills.tile(List.of(page)));
    List<double[]> headings = List.of(new double[] {72, 700, 520, 720}, new double[] {72, 500, 520, 520},
        new double[] {72, 300, 520, 320});
    assertFalse(CellFills.tile(headings), "shaded headings far apart");
    List<double[]> band = List.of(new double[] {72, 700, 200, 720}, new double[] {201, 700, 300, 720},
        new double[] {301, 700, 380, 720}, new double[] {381, 700, 460, 720}, new double[] {461, 700, 520, 720},
        new double[] {521, 700, 560, 720});
    assertFalse(CellFills.tile(band), "one shaded row: a single row is no grid");
    List<double[]> grid = new java.util.ArrayList<>(band);
    grid.add(new double[] {72, 679, 200, 699});
    grid.add(new double[] {201, 679, 300, 699});
    assertTrue(CellFills.tile(grid));
  }
}
