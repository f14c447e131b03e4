package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 套打 (h356's family): a platform's blank form drawn as one form XObject (rules and labels), its data printed over it by
 * a printer whose calibration moves every line of data down across its cell's lower rule. Read as the form was meant to be
 * filled: each figure in the row of its label.
 */
class OverprintTest {
  @TempDir Path dir;

  private static final float[] XS = {72, 200, 280, 360, 440};
  private static final float TOP = 700;
  private static final float ROW = 18;
  private static final String[] LABELS = {"Item", "Budget", "Spent", "Rate"};
  private static final String[] ROWS = {"Total", "Basic", "Project", "Other", "Reserve", "Grants"};

  private Path printed(float offset) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      // an appearance stream is a form XObject PDPageContentStream can draw into
      PDAppearanceStream form = new PDAppearanceStream(doc);
      form.setBBox(PDRectangle.A4);
      form.setResources(new PDResources());
      try (PDPageContentStream cs = new PDPageContentStream(doc, form)) {
        for (float x : XS) {
          PdfFixtures.line(cs, x, TOP, x, TOP - (ROWS.length + 1) * ROW);
        }
        for (int r = 0; r <= ROWS.length + 1; r++) {
          PdfFixtures.line(cs, XS[0], TOP - r * ROW, XS[4], TOP - r * ROW);
        }
        for (int c = 0; c < LABELS.length; c++) {
          PdfFixtures.text(cs, XS[c] + 4, TOP - ROW + 5, LABELS[c]);
        }
        for (int r = 0; r < ROWS.length; r++) {
          PdfFixtures.text(cs, XS[0] + 4, TOP - (r + 2) * ROW + 5, ROWS[r]);
        }
      }
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawForm(form);
        for (int r = 0; r < ROWS.length; r++) {
          float base = TOP - (r + 2) * ROW + 5 - offset;
          PdfFixtures.text(cs, XS[1] + 4, base, String.valueOf(1000 + r));
          PdfFixtures.text(cs, XS[2] + 4, base, String.valueOf(900 + r));
          PdfFixtures.text(cs, XS[3] + 4, base, (90 + r) + "%");
        }
      }
      return PdfFixtures.save(doc, dir, "testOverprint" + offset + ".pdf");
    }
  }

  @Test
  void dataPrintedAcrossTheFormsRulesIsReadInTheRowsOfItsLabels() throws IOException {
    ParsedDocument d = Samples.read(printed(9));
    TableGrid t = d.tables().getFirst();
    for (int r = 0; r < ROWS.length; r++) {
      assertEquals(ROWS[r], t.text(r + 1, 0), t.toString());
      assertEquals(String.valueOf(1000 + r), t.text(r + 1, 1), "row " + ROWS[r] + ": " + t);
      assertEquals((90 + r) + "%", t.text(r + 1, 3));
    }
    assertTrue(d.warnings().stream().anyMatch(w -> w.code() == WarningCode.OVERPRINT_REGISTERED), d.warnings().toString());
  }

  @Test
  void dataPrintedInItsCellsIsLeftAsDrawn() throws IOException {
    ParsedDocument d = Samples.read(printed(0));
    assertEquals("1000", d.tables().getFirst().text(1, 1));
    assertTrue(d.warnings().stream().noneMatch(w -> w.code() == WarningCode.OVERPRINT_REGISTERED), d.warnings().toString());
  }
}
