package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF with layers (h389): a draft's figures kept in a layer switched off, under the final ones, are neither shown
 * nor printed, and not read; a layer switched on is read as any content.
 */
class HiddenLayerTest {
  @TempDir Path dir;

  @Test
  void textInALayerSwitchedOffIsLeftOutAndSaid() throws Exception {
    Path pdf = dir.resolve("layers.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDOptionalContentProperties layers = new PDOptionalContentProperties();
      PDOptionalContentGroup draft = new PDOptionalContentGroup("draft");
      PDOptionalContentGroup last = new PDOptionalContentGroup("final");
      layers.addGroup(draft);
      layers.addGroup(last);
      layers.setGroupEnabled(draft, false);
      doc.getDocumentCatalog().setOCProperties(layers);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        PdfFixtures.text(cs, 60, 700, "Execution rate");
        cs.beginMarkedContent(COSName.OC, draft);
        PdfFixtures.text(cs, 200, 700, "93.64%");
        cs.endMarkedContent();
        cs.beginMarkedContent(COSName.OC, last);
        PdfFixtures.text(cs, 200, 700, "93.46%");
        cs.endMarkedContent();
      }
      doc.save(pdf.toFile());
    }
    ParsedDocument read = new PdfReader().read(pdf, DocFormat.PDF, Limits.defaults());
    String text = read.text();
    assertTrue(text.contains("Execution rate") && text.contains("93.46%"), text);
    assertFalse(text.contains("93.64"), text);
    assertEquals(1, read.warnings().stream().filter(w -> w.code() == WarningCode.HIDDEN_LAYER_SKIPPED
        && w.message().startsWith("6 character")).count(), read.warnings().toString());
  }
}
