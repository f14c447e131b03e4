package org.jixiao.ingest.uof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.FormatDetector;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UofReaderTest {
  @TempDir Path dir;

  @Test
  void aUofTextDocumentIsReadAsItsParagraphsAndTablesWithTheirSpans() throws Exception {
    // named .xml: the format is told by its root element, not by its name
    Path file = Files.writeString(dir.resolve("report.xml"), UofFixtures.DOCUMENT, StandardCharsets.UTF_8);
    assertEquals(DocFormat.UOF, FormatDetector.formatOf(new FormatDetector().detect(file)).orElseThrow());
    IngestOutcome out = DocumentIngestor.withDefaultReaders(Limits.defaults()).ingest(file);
    ParsedDocument doc = assertInstanceOf(IngestOutcome.Parsed.class, out, out.toString()).document();
    assertEquals("某某局2024年度部门整体支出绩效自评表", doc.metadata().get("title"));
    assertEquals("一、绩效指标\t单位：万元", doc.paragraphs().getFirst().text());
    assertEquals("自评等级：优", doc.paragraphs().getLast().text(), "the property words (center) are no text");
    TableGrid t = doc.tables().getFirst();
    assertEquals(3, t.rows());
    assertEquals(4, t.cols());
    assertEquals(2, t.cellAt(0, 0).rowSpan());
    assertEquals(2, t.cellAt(0, 2).colSpan());
    assertEquals("名称", t.text(1, 1), "the cell a span down covers is not written again");
    assertEquals("4.5", t.text(2, 3));
  }

  @Test
  void anotherXmlIsNotUof() throws Exception {
    Path file = Files.writeString(dir.resolve("other.xml"), "<?xml version=\"1.0\"?><root><a>1</a></root>", StandardCharsets.UTF_8);
    assertEquals(java.util.Optional.empty(), FormatDetector.formatOf(new FormatDetector().detect(file)).filter(f -> f == DocFormat.UOF));
  }
}
