package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.IngestWarning;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;

/** A form corrected after export with white-outs and typewriter notes reads as the page shows it (h345). */
class MarkupGlyphsTest {
  @Test
  void aWhiteOutHidesThePrintedFigureAndTheTypedNoteTakesItsPlace() throws Exception {
    PDPage page = new PDPage(PDRectangle.A4);
    PDRectangle box = new PDRectangle(100, 700, 40, 14); // y up: 700–714 from the bottom
    PDAnnotationSquare whiteOut = new PDAnnotationSquare();
    whiteOut.setRectangle(box);
    whiteOut.setInteriorColor(new PDColor(new float[] {1, 1, 1}, PDDeviceRGB.INSTANCE));
    PDAnnotationFreeText typed = new PDAnnotationFreeText();
    typed.setRectangle(box);
    typed.setContents("4.89");
    typed.setDefaultAppearance("/STSong 9 Tf 0 0 1 rg");
    PDAnnotationText sticky = new PDAnnotationText();
    sticky.setRectangle(new PDRectangle(500, 700, 20, 20));
    sticky.setContents("原填5分有误");
    page.getAnnotations().addAll(List.of(whiteOut, typed, sticky));
    PageFrame frame = PageFrame.of(page);
    double top = PDRectangle.A4.getHeight() - 713;
    List<Glyph> printed = List.of(new Glyph("5", 110, 115, top, top + 10, 10), new Glyph("分", 200, 210, top, top + 10, 10));

    MarkupGlyphs.Read read = MarkupGlyphs.applied(page, frame, printed);
    assertEquals(1, read.whiteOuts());
    assertEquals(1, read.notes(), "a sticky note is a comment, not the report's text");
    assertEquals("分4.89", String.join("", read.glyphs().stream().map(Glyph::text).toList()));
  }

  @Test
  void aPageWithoutMarkupKeepsItsGlyphs() throws Exception {
    PDPage page = new PDPage(PDRectangle.A4);
    List<Glyph> printed = List.of(new Glyph("5", 110, 115, 100, 110, 10));
    assertEquals(printed, MarkupGlyphs.applied(page, PageFrame.of(page), printed).glyphs());
  }

  @Test
  void theHeldOutFormCorrectedWithAnnotations() throws Exception {
    ParsedDocument doc = new PdfReader().read(Path.of("../corpus-heldout/h345_xishui_yiyuan.pdf"), DocFormat.PDF, Limits.defaults());
    assertTrue(doc.text().contains("8.7天") && doc.text().contains("4.89"), doc.text());
    assertFalse(doc.text().contains("8.4天"), "covered by a white-out");
    assertFalse(doc.text().contains("原填"), "the reviewer's sticky note is no part of the form");
    assertTrue(doc.warnings().stream().map(IngestWarning::code).anyMatch(WarningCode.MARKUP_APPLIED::equals));
  }
}
