package org.jixiao.ingest.ooxml;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;

/** Check boxes typed as Wingdings symbols (w:sym) read as Unicode boxes (h349). */
class CheckBoxSymbolsTest {
  @Test
  void aGradeTickedInARowOfCheckBoxes() throws Exception {
    ParsedDocument doc = new DocxReader().read(Path.of("../corpus-heldout/h349_laishui_weijian.docx"), DocFormat.DOCX,
        Limits.defaults());
    assertTrue(doc.text().contains("☑优　□良　□中　□差"), doc.text());
    assertTrue(doc.text().contains("☑是"), "the 是否达到指标值 column's ticks");
  }
}
