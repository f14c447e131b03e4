package org.jixiao.ingest.ooxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word packages that inflate far beyond a report are refused before their parts fill the heap. */
class ZipBombTest {
  @TempDir Path tmp;

  @Test
  void aPartDeclaredLargerThanAnyReportIsRefusedUnread() throws Exception {
    Path bomb = wordPackage(tmp.resolve("big.docx"), 80 << 20);
    IngestException e = assertThrows(IngestException.class, () -> new DocxReader().read(bomb, DocFormat.DOCX, Limits.defaults()));
    assertEquals(FailureKind.TOO_LARGE, e.kind());
    assertTrue(e.getMessage().startsWith("word/document.xml inflates to 839"), e.getMessage());
  }

  @Test
  void theBoundFollowsTheTextLimit() {
    assertEquals(64L << 20, OoxmlContainer.maxEntryBytes(Limits.defaults()));
    Limits wide = new Limits(1L << 30, 500, 200_000, 50_000_000, java.time.Duration.ofSeconds(60));
    assertEquals(500_000_000L, OoxmlContainer.maxEntryBytes(wide));
  }

  /** A minimal Word package whose body repeats one paragraph up to {@code bytes} bytes . */
  private static Path wordPackage(Path file, int bytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
          .getBytes(StandardCharsets.UTF_8));
      byte[] p = "<w:p><w:r><w:t>预算执行率</w:t></w:r></w:p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
      for (int written = 0; written < bytes; written += p.length) {
        zip.write(p);
      }
      zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
