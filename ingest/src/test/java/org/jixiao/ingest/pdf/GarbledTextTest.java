package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.ocr.OcrEngine;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;

/** A text layer whose fonts have no Unicode map ("复制出来是乱码", h272's family): told from text, and read by OCR. */
class GarbledTextTest {
  private static List<Glyph> glyphs(String text) {
    return LineFixtures.glyphs(text, 56, 100, 10);
  }

  @Test
  void codesComeOutAsControlCharactersAndMarks() {
    // what PDFBox gives for h272's first lines: codes 1, 2, 3… of a subset font as characters
    assertTrue(GarbledText.is(glyphs("\u0001\u0002\u0003 \u0004\u0005 !\"# $ %  $ &' ()*+ #\" ! # ! \" ,-*+ !!# !$\" v` -wxK yz-w{|")));
    assertTrue(GarbledText.is(glyphs("!\"# $%&' ()*+ ,-./ :;<= >?@[ \\]^_ `{|} ~!\"# $%&'")), "marks only");
  }

  @Test
  void textAndFiguresAreText() {
    assertFalse(GarbledText.is(glyphs("白银市医疗保障局2024年度部门整体支出绩效自评表 !\"# $%&' ()*+ ,-./")), "a Chinese character");
    assertFalse(GarbledText.is(glyphs("1,850.00 1,920.40 1,876.12 94.30% 97.69% 10 9.77 8 7.5")), "a line of figures");
    assertFalse(GarbledText.is(glyphs("Performance evaluation of the budget, 2024: self-assessed (Form 3).")), "English");
    assertFalse(GarbledText.is(glyphs("!\"#$%")), "too few to tell");
  }

  @Test
  void aPageWhoseFontsHaveNoUnicodeMapIsReadByOcr() throws Exception {
    assumeTrue(OcrEngine.unavailable().isEmpty(), "Tesseract is installed by .ci/run");
    ParsedDocument d = Samples.read(Path.of("../corpus-heldout/h272_baiyin_yibao.pdf"));
    assertTrue(d.warnings().stream().anyMatch(w -> w.code() == WarningCode.TEXT_LAYER_GARBLED), d.warnings().toString());
    assertTrue(d.text().contains("医疗保障局"), d.text());
    assertFalse(d.tables().isEmpty());
  }
}
