package org.jixiao.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.odf.OdfReader;
import org.jixiao.ingest.ole.DocReader;
import org.jixiao.ingest.ole.XlsReader;
import org.jixiao.ingest.ooxml.DocxReader;
import org.jixiao.ingest.ooxml.XlsxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Office-specific bad input. The cases every reader shares (empty, truncated, encrypted, renamed,
 * over the limits) are in the {@code *ReaderContractTest} subclasses of {@link
 * org.jixiao.ingest.FormatReaderContract}.
 */
class OfficeReadersFailureTest {
  @TempDir Path dir;

  @Test
  void textNamedAsWordIsNotReadAsWord() throws Exception {
    Path fake = Files.writeString(dir.resolve("notes.docx"), "只是一段文字，不是 Word 文件。\n", StandardCharsets.UTF_8);
    try (DocumentIngestor ingestor =
        new DocumentIngestor(Limits.defaults(), List.of(new DocxReader(), new XlsxReader(), new DocReader(), new XlsReader(), new OdfReader()))) {
      IngestOutcome.Failed failed = assertInstanceOf(IngestOutcome.Failed.class, ingestor.ingest(fake));
      assertEquals(FailureKind.UNSUPPORTED_FORMAT, failed.kind(), "no text reader installed here");
    }
    IngestException direct = assertThrows(IngestException.class, () -> new DocxReader().read(fake, DocFormat.DOCX, Limits.defaults()));
    assertEquals(FailureKind.CORRUPT, direct.kind());
  }
}
