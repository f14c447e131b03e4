package org.jixiao.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaFallbackReaderTest {
  @TempDir Path tmp;

  /** An ingestor given the fallback but no reader for a format Tika parses reads it through Tika. */
  @Test
  void anRtfReportIsReadThroughTikaWithoutItsOwnReader() throws IOException {
    Path rtf = tmp.resolve("report.bin"); // read by content, whatever the name
    try (InputStream in = getClass().getResourceAsStream("/testTable.rtf")) {
      Files.copy(in, rtf);
    }
    try (DocumentIngestor ingestor = new DocumentIngestor(Limits.defaults(), java.util.List.of(new TikaFallbackReader()))) {
      IngestOutcome outcome = ingestor.ingest(rtf);
      ParsedDocument doc = assertInstanceOf(IngestOutcome.Parsed.class, outcome, outcome.toString()).document();
      assertEquals(DocFormat.OTHER, doc.format());
      assertTrue(doc.paragraphs().get(0).text().contains("绩效自评表"), doc.paragraphs().toString());
      // Tika's RTF XHTML has no table structure: the cells arrive as paragraphs, in order
      var texts = doc.paragraphs().stream().map(p -> p.text()).toList();
      assertTrue(texts.indexOf("培训人次") > texts.indexOf("产出指标"), texts.toString());
      assertTrue(doc.text().contains("自评得分为19.5分。"));
    }
  }

  @Test
  void aBinaryTikaCannotParseStaysUnsupported() throws IOException {
    Path blob = Files.write(tmp.resolve("blob.dat"), new byte[] {0, 1, 2, 3, (byte) 0xff, 5, 6, 7, 8, 9});
    try (DocumentIngestor ingestor = DocumentIngestor.withDefaultReaders(Limits.defaults())) {
      IngestOutcome outcome = ingestor.ingest(blob);
      assertTrue(outcome instanceof IngestOutcome.Failed f && f.kind() == org.jixiao.ingest.FailureKind.UNSUPPORTED_FORMAT, outcome.toString());
    }
  }
}
