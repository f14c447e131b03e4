package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.pdfbox.util.Matrix;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A diagonal watermark over the page (h252's family): not part of the lines it crosses; text along an axis stays. */
class SlantedTextTest {
  @TempDir Path dir;

  @Test
  void aDiagonalWatermarkIsLeftOutAndSaid() throws Exception {
    Path pdf = PdfFixtures.onePage(dir, "watermark.pdf", cs -> {
      PdfFixtures.text(cs, 72, 700, "Budget execution rate 96.23%");
      PdfFixtures.text(cs, 72, 680, "Total score 94.39");
      cs.beginText();
      cs.setFont(PdfFixtures.HELVETICA, 28);
      cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(40), 60, 560));
      cs.showText("PUBLIC COPY ONLY");
      cs.endText();
      cs.beginText(); // a sideways label, along an axis: the page's own text
      cs.setFont(PdfFixtures.HELVETICA, 10);
      cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(90), 40, 600));
      cs.showText("Sideways");
      cs.endText();
    });
    ParsedDocument doc = new PdfReader().read(pdf, DocFormat.PDF, Limits.defaults());
    String text = doc.text();
    assertTrue(text.contains("Budget execution rate 96.23%") && text.contains("Total score 94.39"), text);
    assertFalse(text.contains("PUBLIC") || text.contains("COPY"), text);
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.SLANTED_TEXT_SKIPPED
        && w.message().startsWith("14 character")), "the watermark's letters, not the sideways label's: " + doc.warnings());
  }

  @Test
  void sidewaysTextDrawnTwiceForBoldIsReadOnce() throws Exception {
    // h316: rotated header words overprinted a hair away (fake bold), which PDFBox's own duplicate check misses sideways
    Path pdf = PdfFixtures.onePage(dir, "bold.pdf", cs -> {
      for (float shift : new float[] {0f, 0.3f}) {
        cs.beginText();
        cs.setFont(PdfFixtures.HELVETICA, 10);
        cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(90), 40 + shift, 600));
        cs.showText("Target");
        cs.endText();
      }
      PdfFixtures.text(cs, 72, 700, "Moon 100");
    });
    String text = new PdfReader().read(pdf, DocFormat.PDF, Limits.defaults()).text();
    // the sideways word is read letter by letter (a label beside the page's lines); each letter once
    for (char c : "Target".toCharArray()) {
      assertTrue(text.chars().filter(x -> x == c).count() == 1, c + " in " + text);
    }
    assertTrue(text.contains("Moon 100"), "repeated letters and digits a glyph apart stay: " + text);
  }
}
