package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.TableMethod;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lattice and stream table finding on crafted pages. */
class TableFindingTest {
  /** "Seq" in 10 pt Helvetica: S 667, e 556, q 556 thousandths of an em. */
  private static final float HELVETICA_WIDTH_SEQ = 17.79f;
  @TempDir Path dir;

  /** A 3x3 ruled grid; the inner line between rows 1 and 2 of column 0 and between columns 1 and 2 of row 0 are left out. */
  @Test
  void missingInnerRulingsBecomeSpans() throws IOException {
    Path pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      float[] xs = {100, 200, 300, 400};
      float[] ys = {700, 680, 660, 640};
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        PdfFixtures.text(cs, 72, 760, "A ruled table follows.");
        for (int r = 0; r < 4; r++) {
          if (r == 2) {
            PdfFixtures.line(cs, 200, ys[r], 400, ys[r]); // no line under column 0: rows 1-2 merged there
          } else {
            PdfFixtures.line(cs, 100, ys[r], 400, ys[r]);
          }
        }
        for (int c = 0; c < 4; c++) {
          if (c == 2) {
            PdfFixtures.line(cs, xs[c], 680, xs[c], 640); // no line in row 0: columns 1-2 merged there
          } else {
            PdfFixtures.line(cs, xs[c], 700, xs[c], 640);
          }
        }
        String[][] cells = {{"Head", "Wide", ""}, {"Tall", "b1", "c1"}, {"", "b2", "c2"}};
        for (int r = 0; r < 3; r++) {
          for (int c = 0; c < 3; c++) {
            if (!cells[r][c].isEmpty()) {
              PdfFixtures.text(cs, xs[c] + 5, ys[r] - 14, cells[r][c]);
            }
          }
        }
        PdfFixtures.text(cs, 72, 600, "Text after the table.");
      }
      pdf = PdfFixtures.save(doc, dir, "testMergedCells.pdf");
    }
    ParsedDocument d = Samples.read(pdf);
    assertEquals(3, d.blocks().size(), d.blocks().toString());
    TableGrid t = assertTable(d.blocks().get(1));
    assertEquals(3, t.rows());
    assertEquals(3, t.cols());
    assertEquals(TableMethod.LATTICE, t.method());
    GridCell wide = t.cellAt(0, 2);
    assertEquals("Wide", wide.text());
    assertEquals(2, wide.colSpan());
    GridCell tall = t.cellAt(2, 0);
    assertEquals("Tall", tall.text());
    assertEquals(2, tall.rowSpan());
    assertEquals("c2", t.text(2, 2));
    assertEquals(1, t.cellAt(2, 2).page());
    assertEquals("Text after the table.", d.paragraphs().get(1).text());
  }

  @Test
  void alignedColumnsWithoutRulingsAreAStreamTable() throws IOException {
    Path pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        PdfFixtures.text(cs, 72, 760, "Scores by indicator:");
        String[][] rows = {{"Indicator", "Weight", "Score", "Rate"}, {"Planning", "10", "9", "90%"}, {"Budget", "20", "18", "90%"}, {"Output", "30", "27.5", "91.7%"}};
        float y = 730;
        for (String[] row : rows) {
          for (int c = 0; c < row.length; c++) {
            PdfFixtures.text(cs, 72 + 120 * c, y, row[c]);
          }
          y -= 16;
        }
      }
      pdf = PdfFixtures.save(doc, dir, "testStreamTable.pdf");
    }
    ParsedDocument d = Samples.read(pdf);
    assertEquals(1, d.tables().size(), d.blocks().toString());
    TableGrid t = d.tables().get(0);
    assertEquals(4, t.rows());
    assertEquals(4, t.cols());
    assertEquals(TableMethod.STREAM, t.method());
    assertEquals("27.5", t.text(3, 2));
    assertEquals("Scores by indicator:", d.paragraphs().get(0).text());
    assertTrue(d.warnings().stream().anyMatch(w -> w.code() == WarningCode.STREAM_TABLE));
  }

  @Test
  void borderlessTableWithWrappedCellsAndHeaderOverNumbers() throws IOException {
    Path pdf = PdfFixtures.onePage(dir, "testBorderlessTable.pdf", cs -> {
      PdfFixtures.text(cs, 72, 760, "2. Indicators");
      // header words left-aligned, weights and scores right-aligned under them: no overlap
      String[] header = {"No", "Group", "Indicator name", "Target", "Weight", "Score"};
      float[] xs = {72, 100, 170, 330, 420, 480};
      for (int c = 0; c < header.length; c++) {
        PdfFixtures.text(cs, xs[c], 730, header[c]);
      }
      float y = 714;
      String[][] rows = {{"1", "", "Budget rate", ">=95%", "5", "4.5"}, {"2", "Mgmt", "Carry-over", "<=5%", "3", "2.5"},
          {"3", "", "Assets", "=100%", "2", "2"}};
      for (String[] r : rows) {
        for (int c = 0; c < r.length; c++) {
          float x = c >= 4 ? xs[c] + 40 - 6 * r[c].length() : xs[c];
          PdfFixtures.text(cs, x, y, r[c]);
        }
        y -= 16;
      }
      // a name wrapping over two lines inside its column, the other cells centred beside it
      y -= 6; // the row grows by the wrapped line
      PdfFixtures.text(cs, 170, y + 6, "Timeliness and completeness of");
      PdfFixtures.text(cs, 170, y - 6, "disclosure");
      PdfFixtures.text(cs, 72, y, "4");
      PdfFixtures.text(cs, 330, y, "on time");
      PdfFixtures.text(cs, 454, y, "3");
      PdfFixtures.text(cs, 514, y, "3");
      PdfFixtures.text(cs, 72, y - 40, "Self-assessed total: 12 points.");
    });
    ParsedDocument d = Samples.read(pdf);
    assertEquals(1, d.tables().size(), d.blocks().toString());
    TableGrid t = d.tables().get(0);
    assertEquals(TableMethod.STREAM, t.method());
    assertEquals(5, t.rows(), d.blocks().toString());
    assertEquals(6, t.cols(), t.toString());
    assertEquals("Score", t.text(0, 5));
    assertEquals("4.5", t.text(1, 5));
    assertEquals("Mgmt", t.text(2, 1));
    assertEquals("Timeliness and completeness of disclosure", t.text(4, 2));
    assertEquals("3", t.text(4, 4));
    assertEquals("2. Indicators", d.paragraphs().get(0).text());
    assertEquals("Self-assessed total: 12 points.", d.paragraphs().get(1).text());
  }

  /**
   * h91's family: a two-line header over rows set apart by blank bands, and the group name set
   * closer to the indicator name than a column gap (one chunk "Output Sites run").
   */
  @Test
  void borderlessTableWithTwoLineHeaderAndGroupBesideTheName() throws IOException {
    Path pdf = PdfFixtures.onePage(dir, "testBorderlessTwoLineHeader.pdf", cs -> {
      float[] xs = {72, 112, 260, 330, 400, 440};
      String[] head1 = {"Group", "Indicator", "Annual", "Actual", "Wt", "Self"};
      String[] head2 = {"name", "", "target", "value", "", "score"};
      for (int c = 0; c < xs.length; c++) {
        PdfFixtures.text(cs, xs[c], 700, head1[c]);
        if (!head2[c].isEmpty()) {
          PdfFixtures.text(cs, xs[c], 688, head2[c]);
        }
      }
      String[][] rows = {{"Output", "Sites run", ">=14", "14", "6", "6"}, {"", "Checks", ">=320", "356", "6", "5.5"},
          {"Effect", "Air quality", ">=92%", "93.4%", "8", "8"}, {"", "Water quality", "100%", "100%", "8", "8"}};
      float y = 662;
      for (String[] r : rows) {
        for (int c = 0; c < r.length; c++) {
          if (!r[c].isEmpty()) {
            PdfFixtures.text(cs, xs[c], y, r[c]);
          }
        }
        y -= 26;
      }
      PdfFixtures.text(cs, 72, y - 30, "Conclusion: the unit scored 27.5 points.");
    });
    ParsedDocument d = Samples.read(pdf);
    assertEquals(1, d.tables().size(), d.blocks().toString());
    TableGrid t = d.tables().get(0);
    assertEquals(5, t.rows(), t.toString());
    assertEquals(6, t.cols(), t.toString());
    // both header lines in the header row (joined as a wrap: no room is left in these narrow columns)
    assertEquals("Groupname", t.text(0, 0).replace(" ", ""));
    assertEquals("Annualtarget", t.text(0, 2).replace(" ", ""));
    assertEquals("Output", t.text(1, 0));
    assertEquals("Sites run", t.text(1, 1));
    assertEquals("5.5", t.text(2, 5));
    assertEquals("Water quality", t.text(4, 1));
  }

  /**
   * h107's family: a landscape form printed without rulings, the header set a blank band above
   * rows themselves set apart, each header label centred over a wider, left-aligned column (so the
   * header's own words give columns narrower than the cells under them).
   */
  @Test
  void borderlessHeaderCentredOverWiderColumnsHeadsRowsSetApart() throws IOException {
    Path pdf = PdfFixtures.onePage(dir, "testBorderlessCentredHeader.pdf", cs -> {
      PdfFixtures.text(cs, 72, 760, "Unit: yuan");
      String[] header = {"Level 1", "Level 2", "Target", "Actual", "Wt", "Score", "Rule"};
      float[] heads = {74, 175, 262, 340, 410, 450, 560};
      for (int c = 0; c < header.length; c++) {
        PdfFixtures.text(cs, heads[c], 720, header[c]);
      }
      float[] xs = {76, 110, 262, 340, 412, 454, 490};
      String[][] rows = {{"In", "Budget rate", ">=98%", "96.45%", "10", "8", "band rule: 95-98% gives 8"},
          {"In", "Adjustment rate", "<=12%", "10%", "5", "5", "full marks within target"},
          {"Out", "Projects prepared on time", ">=90%", "86%", "10", "8", "1 point per point short"},
          {"Out", "Price data reported", "100%", "100%", "10", "10", "full marks when all reported"}};
      float y = 692; // blank bands (about two font sizes) between header and rows, and between rows
      for (String[] r : rows) {
        for (int c = 0; c < r.length; c++) {
          PdfFixtures.text(cs, xs[c], y, r[c]);
        }
        y -= 28;
      }
      PdfFixtures.text(cs, 72, y - 30, "Conclusion: 31 points.");
    });
    ParsedDocument d = Samples.read(pdf);
    assertEquals(1, d.tables().size(), d.blocks().toString());
    TableGrid t = d.tables().get(0);
    assertEquals(5, t.rows(), t.toString());
    assertEquals(7, t.cols(), t.toString());
    assertEquals("Level 2", t.text(0, 1));
    assertEquals("Score", t.text(0, 5));
    assertEquals("Budget rate", t.text(1, 1));
    assertEquals("8", t.text(3, 5));
    assertEquals("Unit: yuan", d.paragraphs().get(0).text());
  }

  /**
   * h132's family: a project form printed without rulings, its head lines label and value set apart by white space (the
   * values wide), then a grid of figures, then the indicator table whose header sets "Seq" and "Level 1" all but
   * touching over columns its rows keep apart.
   */
  @Test
  void formLinesAboveAGridOfFiguresStayLinesAndTightHeaderWordsSplit() throws IOException {
    Path pdf = PdfFixtures.onePage(dir, "testBorderlessForm.pdf", cs -> {
      PdfFixtures.text(cs, 40, 760, "Dept");
      PdfFixtures.text(cs, 120, 760, "GanzhouNankangHumanResourcesBureau"); // a CJK value: no word gaps
      PdfFixtures.text(cs, 40, 744, "Unit");
      PdfFixtures.text(cs, 120, 744, "NankangEmploymentServiceCentre");
      String[][] funds = {{"Funds", "Initial", "Budget", "Spent", "Wt", "Rate", "Score"},
          {"Total", "350.00", "386.00", "352.26", "10", "92.16%", "9.13"},
          {"Grant", "350.00", "386.00", "352.26", "-", "-", "-"}};
      float[] fx = {40, 150, 220, 290, 360, 410, 470};
      float y = 729; // as close below the form lines as they stand to each other: one run of lines
      for (String[] r : funds) {
        for (int c = 0; c < r.length; c++) {
          PdfFixtures.text(cs, fx[c], y, r[c]);
        }
        y -= 15;
      }
      PdfFixtures.text(cs, 40, 640, "Seq");
      PdfFixtures.text(cs, 40 + HELVETICA_WIDTH_SEQ + 1.5f, 640, "Level 1");
      PdfFixtures.text(cs, 130, 640, "Indicator");
      PdfFixtures.text(cs, 260, 640, "Weight");
      PdfFixtures.text(cs, 320, 640, "Score");
      String[][] rows = {{"1", "Output", "Trainees", "15", "15"}, {"2", "Output", "Certificates", "10", "10"},
          {"3", "Effect", "Employment rate", "10", "9"}};
      float[] xs = {40, 70, 130, 260, 320};
      y = 624;
      for (String[] r : rows) {
        for (int c = 0; c < r.length; c++) {
          PdfFixtures.text(cs, xs[c], y, r[c]);
        }
        y -= 16;
      }
    });
    ParsedDocument d = Samples.read(pdf);
    assertEquals(2, d.tables().size(), d.blocks().toString());
    assertTrue(d.paragraphs().get(0).text().startsWith("Dept GanzhouNankangHumanResourcesBureau"), "form lines stay lines");
    TableGrid funds = d.tables().get(0);
    assertEquals(7, funds.cols(), funds.toString());
    assertEquals("Total", funds.text(1, 0), d.blocks().toString());
    assertEquals("386.00", funds.text(1, 2));
    TableGrid indicators = d.tables().get(1);
    assertEquals("Seq", indicators.text(0, 0), indicators.toString());
    assertEquals("Level 1", indicators.text(0, 1));
    assertEquals(4, indicators.rows());
  }

  @Test
  void proseIsNotATable() throws IOException {
    ParsedDocument d = Samples.read(PdfFixtures.prose(dir, "testProse.pdf", List.of(
        "The department completed its annual plan on time and within",
        "budget, as the indicators below show in some detail for each",
        "of the goals set at the start of the year.",
        "A   short   line   with   wide   gaps",
        "Another   line   with   gaps")));
    assertTrue(d.tables().isEmpty(), d.blocks().toString());
    assertTrue(d.paragraphs().get(0).text().startsWith("The department completed its annual plan on time and within budget,"), d.paragraphs().get(0).text());
  }

  /** A name wider than its cell: its closing bracket, centred past the ruling, stays with the name. */
  @Test
  void aClosingBracketOverflowingItsCellStaysWithIt() throws IOException {
    String name = "Name (unit)";
    float start = 105;
    float end = start + PdfFixtures.HELVETICA.getStringWidth(name) / 100; // 10 pt: thousandths of an em ÷ 100
    float bracket = PdfFixtures.HELVETICA.getStringWidth(")") / 100;
    float ruling = end - bracket / 2 - 0.5f; // the bracket's centre half a point past the ruling
    float[] xs = {100, ruling, 250, 320};
    float[] ys = {700, 680, 660};
    Path pdf = PdfFixtures.onePage(dir, "overflow.pdf", cs -> {
      for (float y : ys) {
        PdfFixtures.line(cs, 100, y, 320, y);
      }
      for (float x : xs) {
        PdfFixtures.line(cs, x, 700, x, 660);
      }
      PdfFixtures.text(cs, start, 686, name);
      PdfFixtures.text(cs, ruling + 5, 686, "1800");
      PdfFixtures.text(cs, 255, 686, "1872");
      PdfFixtures.text(cs, 105, 666, "Other");
      PdfFixtures.text(cs, ruling + 5, 666, "600");
      PdfFixtures.text(cs, 255, 666, "612");
    });
    TableGrid t = Samples.read(pdf).blocks().stream().filter(TableGrid.class::isInstance).map(TableGrid.class::cast)
        .findFirst().orElseThrow();
    assertEquals(name, t.text(0, 0));
    assertEquals("1800", t.text(0, 1));
  }

  private static TableGrid assertTable(Object block) {
    assertTrue(block instanceof TableGrid, String.valueOf(block));
    return (TableGrid) block;
  }
}
