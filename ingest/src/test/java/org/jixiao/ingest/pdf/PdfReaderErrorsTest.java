package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ways only a PDF can fail, through the ingestor, each with its own FailureKind. The cases
 * every reader shares (empty, truncated, password-protected, over the limits) are in {@link
 * PdfReaderContractTest}.
 */
class PdfReaderErrorsTest {
  @TempDir Path dir;

  private static IngestOutcome ingest(Path file, Limits limits) {
    try (DocumentIngestor ingestor = new DocumentIngestor(limits, List.of(new PdfReader()))) {
      return ingestor.ingest(file);
    }
  }

  private static IngestOutcome.Failed failed(Path file) {
    return assertInstanceOf(IngestOutcome.Failed.class, ingest(file, Limits.defaults()));
  }

  @Test
  void ownerPasswordOnlyIsRead() throws IOException {
    IngestOutcome o = ingest(PdfFixtures.encrypted(dir, "owner", ""), Limits.defaults());
    var doc = assertInstanceOf(IngestOutcome.Parsed.class, o, o.toString()).document();
    assertTrue(doc.text().contains("the text stays readable"), doc.text());
  }

  /** A page that is one dark picture: OCR finds no print on it (or, without the engine, says what to install). */
  @Test
  void imageOnlyPagesWithoutPrintHaveNoText() throws IOException {
    IngestOutcome.Failed f = failed(PdfFixtures.scanned(dir));
    boolean engine = org.jixiao.ingest.ocr.OcrEngine.unavailable().isEmpty();
    assertEquals(engine ? FailureKind.NO_TEXT_LAYER : FailureKind.OCR_UNAVAILABLE, f.kind(), f.message());
    assertTrue(f.message().contains(engine ? "scanned" : "tesseract-ocr-chi-sim") && f.message().contains("OCR"), f.message());
  }

  @Test
  void blankPagesHaveNoTextLayer() throws IOException {
    IngestOutcome.Failed f = failed(PdfFixtures.blankPages(dir, 2));
    assertEquals(FailureKind.NO_TEXT_LAYER, f.kind(), f.message());
  }

  @Test
  void noPagesIsEmpty() throws IOException {
    IngestOutcome.Failed f = failed(PdfFixtures.blankPages(dir, 0));
    assertEquals(FailureKind.EMPTY, f.kind(), f.message());
  }

  /** Only the cross-reference table and trailer cut off: every page object is still there. */
  @Test
  void cutBeforeTheTrailerIsCorrupt() throws IOException {
    byte[] all = Files.readAllBytes(Samples.sample("002_", ".pdf"));
    Path cut = dir.resolve("testTruncatedTrailer.pdf");
    Files.write(cut, Arrays.copyOf(all, all.length - 2000));
    IngestOutcome.Failed f = failed(cut);
    assertEquals(FailureKind.CORRUPT, f.kind(), f.message());
  }

  @Test
  void garbageAfterTheHeaderIsCorrupt() throws IOException {
    Path bad = dir.resolve("testDamaged.pdf");
    Files.writeString(bad, "%PDF-1.7\n" + "garbage ".repeat(200) + "\n%%EOF\n");
    IngestOutcome.Failed f = failed(bad);
    assertEquals(FailureKind.CORRUPT, f.kind(), f.message());
  }

  @Test
  void tooManyPagesIsTooLarge() throws IOException {
    Limits two = new Limits(100L << 20, 2, 200_000, 5_000_000, Duration.ofSeconds(60));
    IngestOutcome.Failed f = assertInstanceOf(IngestOutcome.Failed.class, ingest(Samples.sample("002_", ".pdf"), two));
    assertEquals(FailureKind.TOO_LARGE, f.kind(), f.message());
    assertTrue(f.message().contains("7 pages"), f.message());
  }

  @Test
  void anInterruptedReadStops() throws IOException {
    Path pdf = Samples.sample("004_", ".pdf");
    Thread.currentThread().interrupt();
    try {
      IngestException e = assertThrows(IngestException.class, () -> new PdfReader().read(pdf, DocFormat.PDF, Limits.defaults()));
      assertEquals(FailureKind.TIMEOUT, e.kind(), e.getMessage());
    } finally {
      Thread.interrupted();
    }
  }
}
