package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.TableMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The h47 family of borderless tables (issue 9) on a crafted two-page PDF: rows set a blank line
 * apart, header cells wrapped onto a second line set as close above the first data row as to their
 * own first line, two header words closer than a column gap, and a continuation page of two rows
 * with no header and its first column empty.
 */
class BorderlessContinuationTest {
  @TempDir Path dir;

  private static final float[] XS = {72, 130, 200, 326, 364, 430};

  @Test
  void wrappedHeaderRowsSetApartAndAShortContinuationAreOneTable() throws IOException {
    Path pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage one = new PDPage(PDRectangle.A4);
      PDPage two = new PDPage(PDRectangle.A4);
      doc.addPage(one);
      doc.addPage(two);
      try (PDPageContentStream cs = new PDPageContentStream(doc, one)) {
        PdfFixtures.text(cs, 72, 760, "Indicator scores of the year");
        // "Weight" and "Score" 5 pt apart: one chunk until the numbers below show two columns
        row(cs, 700, "First", "Second", "Indicator name", "Weight", "Score", "Deviation");
        row(cs, 686, "level", "level", "", "", "", "");
        float y = 674; // 12 pt below the header's second line: closer than its 14 pt wrap
        for (int i = 1; i <= 16; i++) {
          String level1 = i == 1 ? "Input" : i == 7 ? "Output" : i == 13 ? "Outcome" : "";
          String group = i % 3 == 1 ? "Group " + i : "";
          row(cs, y, level1, group, i == 3 ? "Share of funds" : "Indicator " + i, "5", i % 4 == 0 ? "4" : "5", i % 4 == 0 ? "late" : "");
          if (i == 3) {
            row(cs, y - 14, "", "", "spent on time", "", "", "");
            y -= 14;
          }
          y -= 24; // one blank line between rows
        }
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, two)) {
        row(cs, 790, "", "Group 17", "Indicator 17", "5", "5", "");
        row(cs, 766, "", "", "Indicator 18", "5", "3", "staff");
        PdfFixtures.text(cs, 72, 720, "Total score: 95 points.");
      }
      pdf = PdfFixtures.save(doc, dir, "testBorderlessContinued.pdf");
    }
    ParsedDocument d = Samples.read(pdf);
    assertEquals(1, d.tables().size(), d.blocks().toString());
    TableGrid t = d.tables().get(0);
    assertEquals(TableMethod.STREAM, t.method());
    assertEquals(6, t.cols(), t.toString());
    assertEquals(19, t.rows(), t.toString());
    assertEquals("First level", t.text(0, 0));
    assertEquals("Second level", t.text(0, 1));
    assertEquals("Weight", t.text(0, 3));
    assertEquals("Score", t.text(0, 4));
    assertEquals("Input", t.text(1, 0));
    assertEquals("Share of funds spent on time", t.text(3, 2));
    assertEquals("Outcome", t.text(13, 0));
    assertEquals("Indicator 17", t.text(17, 2));
    assertEquals("Group 17", t.text(17, 1));
    assertEquals("", t.text(18, 0));
    assertEquals("3", t.text(18, 4));
    assertEquals("staff", t.text(18, 5));
    assertEquals(2, t.cellAt(18, 2).page());
    assertEquals(1, t.cellAt(16, 2).page());
    assertTrue(d.paragraphs().stream().anyMatch(p -> p.text().equals("Total score: 95 points.")), d.paragraphs().toString());
  }

  private static void row(PDPageContentStream cs, float y, String... cells) throws IOException {
    for (int c = 0; c < cells.length; c++) {
      if (!cells[c].isEmpty()) {
        PdfFixtures.text(cs, XS[c], y, cells[c]);
      }
    }
  }
}
