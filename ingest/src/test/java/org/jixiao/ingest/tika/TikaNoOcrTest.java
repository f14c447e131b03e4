package org.jixiao.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.junit.jupiter.api.Test;

/**
 * jixiao's Tika use never OCRs: Tika's Tesseract parser is not on the class path (we depend on Tika's
 * parser modules, not the standard package that brings tika-parser-ocr-module), no Tika parser takes
 * page images, and the PDF parser's OCR and inline images are off in every parse.
 */
class TikaNoOcrTest {
  @Test
  void tikasTesseractParserIsNotOnTheClassPath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.tika.parser.ocr.TesseractOCRParser"));
  }

  @Test
  void noTikaParserTakesPageImages() {
    var types = new AutoDetectParser().getSupportedTypes(new ParseContext());
    for (String t : new String[] {"image/png", "image/jpeg", "image/tiff", "image/ocr-png"}) {
      assertFalse(types.contains(MediaType.parse(t)), t);
    }
  }

  @Test
  void theParseContextTurnsPdfOcrAndInlineImagesOff() {
    PDFParserConfig pdf = TikaFallbackReader.context().get(PDFParserConfig.class);
    assertEquals(PDFParserConfig.OCR_STRATEGY.NO_OCR, pdf.getOcrStrategy());
    assertFalse(pdf.isExtractInlineImages());
  }
}
