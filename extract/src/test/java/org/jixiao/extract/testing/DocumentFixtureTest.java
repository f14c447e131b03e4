package org.jixiao.extract.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.junit.jupiter.api.Test;

class DocumentFixtureTest {
  @Test
  void mergeMarksBecomeSpans() {
    ParsedDocument doc = DocumentFixture.named("t.docx")
        .paragraph("标题")
        .table("a|b|c", "^|d|<", "e||f")
        .build();
    TableGrid g = doc.tables().get(0);
    assertEquals(3, g.rows());
    assertEquals(3, g.cols());
    assertEquals(new GridCell(0, 0, 2, 1, "a", 1), g.cellAt(1, 0));
    assertEquals(new GridCell(1, 1, 1, 2, "d", 1), g.cellAt(1, 2));
    assertEquals("", g.text(2, 1));
    assertEquals("标题", doc.text().substring(doc.paragraphs().get(0).start(), doc.paragraphs().get(0).end()));
  }
}
