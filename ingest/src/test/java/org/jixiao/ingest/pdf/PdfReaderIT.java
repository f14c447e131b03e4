package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.ingest.Block;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample PDF, through the default readers (service loader): read, sane, with provenance. */
class PdfReaderIT {

  static Stream<Path> pdfs() throws IOException {
    return Samples.pdfs().stream();
  }

  @ParameterizedTest
  @MethodSource("pdfs")
  void readsWithSaneBlocks(Path pdf) {
    long t0 = System.nanoTime();
    IngestOutcome o;
    try (DocumentIngestor ingestor = DocumentIngestor.withDefaultReaders(Limits.defaults())) {
      o = ingestor.ingest(pdf);
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    ParsedDocument doc = assertInstanceOf(IngestOutcome.Parsed.class, o, o.toString()).document();
    System.out.printf("%s: %d pages, %d blocks (%d tables, %d paragraphs), %d warnings, %d ms%n", pdf.getFileName(),
        doc.pageCount(), doc.blocks().size(), doc.tables().size(), doc.paragraphs().size(), doc.warnings().size(), ms);
    assertNotNull(doc.pageCount());
    assertTrue(doc.blocks().size() >= 3, "blocks: " + doc.blocks().size());
    assertTrue(doc.blocks().size() <= 40 * doc.pageCount(), "blocks: " + doc.blocks().size());
    assertTrue(!doc.tables().isEmpty(), "every sample has a table");
    for (Block b : doc.blocks()) {
      assertTrue(b.page() != null && b.page() >= 1 && b.page() <= doc.pageCount(), b + " page " + b.page());
      if (b instanceof Paragraph p) {
        assertEquals(p.text(), doc.text().substring(p.start(), p.end()));
      } else if (b instanceof TableGrid t) {
        assertTrue(t.rows() >= 2 && t.cols() >= 2, t.toString());
        t.cells().forEach(c -> assertTrue(c.page() != null && c.page() >= t.page(), c + " in " + t));
      }
    }
    List<WarningCode> codes = doc.warnings().stream().map(w -> w.code()).toList();
    assertTrue(codes.contains(WarningCode.PAGE_NUMBER_SKIPPED), "the samples have page-number footers: " + codes);
  }
}
