package org.jixiao.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A portal's 附件.zip: its files read one by one, each by its own reader, as one document (h270's family). */
class ArchiveTest {
  @TempDir Path tmp;
  private static DocumentIngestor ingestor;

  @BeforeAll
  static void start() {
    ingestor = DocumentIngestor.withDefaultReaders(Limits.defaults());
  }

  @AfterAll
  static void stop() {
    ingestor.close();
  }

  private static final String TABLE = "<html><body><p>%s</p><table><tr><td>三级指标</td><td>分值</td><td>得分</td></tr>"
      + "<tr><td>培训人次</td><td>10</td><td>9.5</td></tr></table></body></html>";

  private Path zip(String name, Charset names, boolean utf8Flag, Object... entries) throws IOException {
    Path file = tmp.resolve(name);
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file), utf8Flag ? UTF_8 : names)) {
      for (int i = 0; i < entries.length; i += 2) {
        z.putNextEntry(new ZipEntry((String) entries[i]));
        z.write(entries[i + 1] instanceof byte[] b ? b : ((String) entries[i + 1]).getBytes(UTF_8));
        z.closeEntry();
      }
    }
    return file;
  }

  private static ParsedDocument parsed(IngestOutcome o) {
    assertTrue(o instanceof IngestOutcome.Parsed, o.toString());
    return ((IngestOutcome.Parsed) o).document();
  }

  @Test
  void eachFileIsReadByItsOwnReaderInTheArchivesOrder() throws IOException {
    Path pdf = Path.of("../corpus-samples/000_0ace20d031349de2.pdf");
    ParsedDocument one = parsed(ingestor.ingest(pdf));
    Path file = zip("附件.zip", UTF_8, true, "附件1 一号项目.html", TABLE.formatted("一号项目"), "附件2 二号项目.pdf",
        Files.readAllBytes(pdf), "附件3 三号项目.html", TABLE.formatted("三号项目"));
    ParsedDocument d = parsed(ingestor.ingest(file));
    assertEquals(DocFormat.ARCHIVE, d.format());
    assertEquals("附件.zip", d.fileName());
    assertEquals(1 + one.tables().size() + 1, d.tables().size());
    assertTrue(d.text().indexOf("一号项目") < d.text().indexOf("三号项目"));
    assertEquals(one.pageCount(), d.pageCount(), "the PDF's pages; the web pages have none");
    assertTrue(d.warnings().stream().anyMatch(w -> w.code() == WarningCode.ARCHIVE_READ
        && w.message().contains("附件2 二号项目.pdf（PDF，第 1–" + one.pageCount() + " 页）")), d.warnings().toString());
  }

  @Test
  void namesWithoutTheUtf8FlagAreReadAsChineseWindowsWritesThem() throws IOException {
    Path file = zip("gbk.zip", Charset.forName("GBK"), false, "自评表.html", TABLE.formatted("自评"));
    ParsedDocument d = parsed(ingestor.ingest(file));
    assertTrue(d.warnings().stream().anyMatch(w -> w.message().contains("自评表.html（HTML）")), d.warnings().toString());
  }

  @Test
  void anArchiveInsideIsNotOpenedAndTheOtherFilesAreRead() throws IOException {
    Path inner = zip("inner.zip", UTF_8, true, "内.html", TABLE.formatted("内层"));
    Path file = zip("outer.zip", UTF_8, true, "外.html", TABLE.formatted("外层"), "内.zip", Files.readAllBytes(inner));
    ParsedDocument d = parsed(ingestor.ingest(file));
    assertTrue(d.text().contains("外层") && !d.text().contains("内层"), d.text());
    assertTrue(d.warnings().stream().anyMatch(w -> w.message().contains("内.zip（未读：UNSUPPORTED_FORMAT an archive inside an archive is not opened）")),
        d.warnings().toString());
  }

  @Test
  void anArchiveWithNothingReadableFailsNamingEachFile() throws IOException {
    Path file = zip("empty.zip", UTF_8, true, "a.bin", new byte[] {1, 2, 3, 0, 5, 6, 7, 0, 9});
    IngestOutcome o = ingestor.ingest(file);
    assertTrue(o instanceof IngestOutcome.Failed f && f.kind() == FailureKind.UNSUPPORTED_FORMAT
        && f.message().startsWith("empty.zip: no readable file in the archive: a.bin ("), o.toString());
  }

  @Test
  void aFileInflatingPastTheSizeLimitStopsTheArchiveBeforeItFillsTheDisk() throws IOException {
    Path file = zip("bomb.zip", UTF_8, true, "big.txt", new byte[4 << 20]);
    Limits d = Limits.defaults();
    try (DocumentIngestor small = DocumentIngestor.withDefaultReaders(new Limits(1 << 20, d.maxPages(), d.maxCells(), d.maxChars(), d.timeout()))) {
      IngestOutcome o = small.ingest(file);
      assertTrue(o instanceof IngestOutcome.Failed f && f.kind() == FailureKind.TOO_LARGE && f.message().contains("big.txt"),
          o.toString());
    }
  }

  @Test
  void aDamagedOfficePackageIsStillADamagedDocumentNotAnArchive() throws IOException {
    Path file = zip("broken.docx", UTF_8, true, "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
    IngestOutcome o = ingestor.ingest(file);
    assertTrue(o instanceof IngestOutcome.Failed f && f.kind() == FailureKind.CORRUPT, o.toString());
  }

  @Test
  void theFilesCopiedOutAreGoneAfterwards() throws IOException {
    long before = tempFolders();
    ingestor.ingest(zip("附件.zip", UTF_8, true, "a.html", TABLE.formatted("甲")));
    assertEquals(before, tempFolders());
  }

  private static long tempFolders() throws IOException {
    try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("jixiao-archive-")).count();
    }
  }
}
