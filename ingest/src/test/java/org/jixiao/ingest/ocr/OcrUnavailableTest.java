package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without the engine's Chinese model (pointed at an empty tessdata folder, as on a machine without
 * tesseract-ocr-chi-sim), a scan fails with a message naming the Debian packages, and the next file
 * of the batch is read.
 */
class OcrUnavailableTest {
  @TempDir Path dir;

  @Test
  void aScanFailsNamingThePackagesAndTheBatchGoesOn() throws IOException {
    Path scan = dir.resolve("scan.png");
    try (InputStream in = getClass().getResourceAsStream("issue-11-scanned-budget.png")) {
      Files.copy(in, scan);
    }
    Path text = dir.resolve("report.txt");
    Files.writeString(text, "部门整体支出绩效自评报告\n自评得分95分。\n", StandardCharsets.UTF_8);
    String before = System.getProperty("jixiao.tessdata");
    System.setProperty("jixiao.tessdata", dir.resolve("no-tessdata").toString());
    try {
      // a new ingestor has new worker threads, so no engine loaded earlier is reused
      DocumentIngestor ingestor = DocumentIngestor.withDefaultReaders(Limits.defaults());
      IngestOutcome.Failed f = assertInstanceOf(IngestOutcome.Failed.class, ingestor.ingest(scan));
      assertEquals(FailureKind.OCR_UNAVAILABLE, f.kind(), f.message());
      assertTrue(f.message().contains("apt-get install tesseract-ocr tesseract-ocr-chi-sim"), f.message());
      assertInstanceOf(IngestOutcome.Parsed.class, ingestor.ingest(text));
    } finally {
      if (before == null) {
        System.clearProperty("jixiao.tessdata");
      } else {
        System.setProperty("jixiao.tessdata", before);
      }
    }
  }
}
