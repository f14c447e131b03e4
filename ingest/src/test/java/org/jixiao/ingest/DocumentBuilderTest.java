package org.jixiao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;

class DocumentBuilderTest {
  @Test
  void radicalsInParagraphsAndCellsAreReadAsIdeographsWithOneWarning() throws IngestException {
    // h369: a PDF whose font maps 工, 长 and 门 to radical code points
    ParsedDocument doc = new DocumentBuilder("t.pdf", DocFormat.PDF, Limits.defaults())
        .paragraph("云溪县⽔利局部⻔", 0, 1)
        .table(new GridBuilder().cell(0, 0, 1, 1, "⼯程⻓效管护机制", 1).cell(0, 1, 1, 1, "6", 1))
        .build();
    assertEquals("云溪县水利局部门", doc.paragraphs().get(0).text());
    assertEquals("工程长效管护机制", doc.tables().get(0).text(0, 0));
    assertTrue(doc.text().startsWith("云溪县水利局部门\n工程长效管护机制\t6"), doc.text());
    assertEquals(1, doc.warnings().stream().filter(w -> w.code() == WarningCode.RADICALS_FOLDED).count());
    assertTrue(doc.warnings().get(0).message().startsWith("4 radical"), doc.warnings().get(0).message());
  }

  @Test
  void aDocumentWithoutRadicalsHasNoWarning() throws IngestException {
    ParsedDocument doc = new DocumentBuilder("t.docx", DocFormat.DOCX, Limits.defaults()).paragraph("部门整体支出", 0, null).build();
    assertTrue(doc.warnings().isEmpty());
  }
}
