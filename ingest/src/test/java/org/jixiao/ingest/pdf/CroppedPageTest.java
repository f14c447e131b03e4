package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page cut out of a compilation by its crop box (h376): the sheet's running head and the neighbouring reports stay in
 * the content, outside the crop, and are not the page's text.
 */
class CroppedPageTest {
  @TempDir Path dir;

  @Test
  void textOutsideTheCropBoxIsLeftOutAndSaid() throws Exception {
    Path pdf = dir.resolve("cropped.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      page.setCropBox(new PDRectangle(50, 100, 450, 600)); // x 50–500, y 100–700
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        PdfFixtures.text(cs, 60, 650, "Budget execution rate 96.23%");
        PdfFixtures.text(cs, 60, 300, "Total score 94.39");
        PdfFixtures.text(cs, 60, 760, "Compilation p37"); // above the crop
        PdfFixtures.text(cs, 60, 60, "Next report 93.45"); // below it
        PdfFixtures.text(cs, 520, 400, "Margin"); // right of it
      }
      doc.save(pdf.toFile());
    }
    ParsedDocument read = new PdfReader().read(pdf, DocFormat.PDF, Limits.defaults());
    String text = read.text();
    assertTrue(text.contains("Budget execution rate 96.23%") && text.contains("Total score 94.39"), text);
    assertFalse(text.contains("Compilation") || text.contains("Next report") || text.contains("Margin"), text);
    assertEquals(1, read.warnings().stream().filter(w -> w.code() == WarningCode.CROPPED_TEXT_SKIPPED
        && w.message().startsWith("35 character")).count(), read.warnings().toString());
  }
}
