package org.jixiao.ingest.ooxml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.jixiao.ingest.office.OfficeSamples.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word's and Excel's "Strict Open XML" packages read as their transitional twins (h271's family). */
class StrictOoxmlTest {
  @TempDir Path tmp;

  @Test
  void strictNamesBecomeTheTransitionalOnes() {
    assertEquals("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
        StrictOoxml.renamed("<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\" conformance=\"strict\">"));
    assertEquals("Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\"",
        StrictOoxml.renamed("Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\""));
    assertEquals("http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
        StrictOoxml.renamed("http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"));
    assertEquals("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        StrictOoxml.renamed("http://purl.oclc.org/ooxml/officeDocument/extendedProperties"));
  }

  @Test
  void aStrictDocxReadsAsItsTransitionalTwinAndSaysSo() throws Exception {
    Path docx = sample("000_0ace20d031349de2.docx");
    ParsedDocument plain = new DocxReader().read(docx, DocFormat.DOCX, Limits.defaults());
    ParsedDocument strict = new DocxReader().read(strict(docx, "strict.docx"), DocFormat.DOCX, Limits.defaults());
    assertEquals(plain.text(), strict.text());
    assertEquals(plain.tables().size(), strict.tables().size());
    assertTrue(strict.warnings().stream().anyMatch(w -> w.code() == WarningCode.STRICT_OOXML));
    assertFalse(plain.warnings().stream().anyMatch(w -> w.code() == WarningCode.STRICT_OOXML));
  }

  @Test
  void aStrictXlsxReadsAsItsTransitionalTwin() throws Exception {
    Path xlsx = sample("000_0ace20d031349de2.xlsx");
    ParsedDocument plain = new XlsxReader().read(xlsx, DocFormat.XLSX, Limits.defaults());
    ParsedDocument strict = new XlsxReader().read(strict(xlsx, "strict.xlsx"), DocFormat.XLSX, Limits.defaults());
    assertEquals(plain.text(), strict.text());
  }

  @Test
  void aStrictFileSavedByAnotherWriterReads() throws Exception {
    ParsedDocument doc = new DocxReader().read(Path.of("../corpus-heldout/h271_weichang_linye.docx"), DocFormat.DOCX,
        Limits.defaults());
    assertTrue(doc.text().contains("森林草原防火"), doc.text());
    assertFalse(doc.tables().isEmpty());
  }

  /** The package with every transitional name turned Strict, as Word's "Strict Open XML Document" saves it. */
  private Path strict(Path file, String name) throws Exception {
    Path out = tmp.resolve(name);
    try (ZipFile zip = new ZipFile(file.toFile()); OutputStream os = Files.newOutputStream(out);
        ZipOutputStream z = new ZipOutputStream(os)) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
          bytes = in.readAllBytes();
        }
        if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
          String s = new String(bytes, UTF_8)
              .replace("officeDocument/2006/relationships/extended-properties", "officeDocument/relationships/extendedProperties")
              .replace("officeDocument/2006/extended-properties", "officeDocument/extendedProperties")
              .replaceAll("http://schemas\\.openxmlformats\\.org/(wordprocessingml|spreadsheetml|drawingml|officeDocument)/2006/",
                  "http://purl.oclc.org/ooxml/$1/");
          bytes = s.getBytes(UTF_8);
        }
        z.putNextEntry(new ZipEntry(entry.getName()));
        z.write(bytes);
        z.closeEntry();
      }
    }
    return out;
  }
}
