package org.jixiao.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  /** A 7-Zip archive as 7-Zip writes one by default (LZMA2), from name and content pairs. */
  private Path sevenZip(String name, Object... entries) throws IOException {
    Path file = tmp.resolve(name);
    try (var z = new org.apache.commons.compress.archivers.sevenz.SevenZOutputFile(file.toFile())) {
      for (int i = 0; i < entries.length; i += 2) {
        var e = new org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry();
        e.setName((String) entries[i]);
        z.putArchiveEntry(e);
        z.write(entries[i + 1] instanceof byte[] b ? b : ((String) entries[i + 1]).getBytes(UTF_8));
        z.closeArchiveEntry();
      }
    }
    return file;
  }

  @Test
  void aSevenZipArchiveIsReadAsAZipIs() throws IOException {
    // h404: a portal's 附件.7z, LZMA2, names in UTF-16 (Chinese as they are)
    Path file = sevenZip("附件.7z", "自评/一号项目.html", TABLE.formatted("一号项目"), "自评/说明.txt", "本压缩包含自评表一份。");
    assertEquals(DocFormat.ARCHIVE, FormatDetector.formatOf(new FormatDetector().detect(file)).orElseThrow());
    ParsedDocument d = parsed(ingestor.ingest(file));
    assertEquals(1, d.tables().size());
    assertTrue(d.text().contains("一号项目") && d.text().contains("本压缩包含自评表一份"), d.text());
    assertTrue(d.warnings().stream().anyMatch(w -> w.code() == WarningCode.ARCHIVE_READ && w.message().contains("自评/一号项目.html（HTML）")),
        d.warnings().toString());
    // its bounds are a zip's: a file inflating past the size limit stops it
    Path bomb = sevenZip("bomb.7z", "big.txt", new byte[4 << 20]);
    Limits l = Limits.defaults();
    try (DocumentIngestor small = DocumentIngestor.withDefaultReaders(new Limits(1 << 20, l.maxPages(), l.maxCells(), l.maxChars(), l.timeout()))) {
      IngestOutcome o = small.ingest(bomb);
      assertTrue(o instanceof IngestOutcome.Failed f && f.kind() == FailureKind.TOO_LARGE && f.message().contains("big.txt"), o.toString());
    }
    // a damaged one is said to be damaged
    byte[] cut = Files.readAllBytes(file);
    Path damaged = Files.write(tmp.resolve("cut.7z"), java.util.Arrays.copyOf(cut, cut.length / 2));
    IngestOutcome o = ingestor.ingest(damaged);
    assertTrue(o instanceof IngestOutcome.Failed f && f.kind() == FailureKind.CORRUPT && f.message().contains("7-Zip"), o.toString());
  }

  /** One WARC record: its head (type, URL, the HTTP message's length) and the HTTP message as captured. */
  private static byte[] warcRecord(String type, String url, byte[] http) {
    String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(http)
        + ">\r\nWARC-Date: 2025-07-12T02:31:48Z\r\nWARC-Target-URI: " + url + "\r\nContent-Type: application/http;msgtype="
        + type + "\r\nContent-Length: " + http.length + "\r\n\r\n";
    byte[] out = java.util.Arrays.copyOf(head.getBytes(UTF_8), head.length() + http.length + 4);
    System.arraycopy(http, 0, out, head.length(), http.length);
    System.arraycopy("\r\n\r\n".getBytes(UTF_8), 0, out, head.length() + http.length, 4);
    return out;
  }

  private static byte[] response(String status, String contentType, byte[] body) {
    byte[] head = ("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
        .getBytes(UTF_8);
    byte[] out = java.util.Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, out, head.length, body.length);
    return out;
  }

  /**
   * A researcher's web archive, as wget's warc-file option writes it: the request, a redirect, the page (GBK, as its
   * server said), a picture on it. Only the page is a document; each record gzipped on its own in a .warc.gz.
   */
  private Path warc(String name, boolean gzip) throws IOException {
    Charset gbk = Charset.forName("GBK");
    String page = TABLE.formatted("洛川县农业农村局项目绩效自评").replace("<html>", "<html><head><meta charset=\"gbk\"></head>");
    List<byte[]> records = List.of(
        warcRecord("request", "http://www.example.gov.cn/a.html", "GET /a.html HTTP/1.1\r\nHost: www.example.gov.cn\r\n\r\n".getBytes(UTF_8)),
        warcRecord("response", "http://www.example.gov.cn/a.html", response("301 Moved Permanently", "text/html", "<a>moved</a>".getBytes(UTF_8))),
        warcRecord("response", "https://www.example.gov.cn/a.html", response("200 OK", "text/html; charset=GBK", page.getBytes(gbk))),
        warcRecord("response", "https://www.example.gov.cn/seal.png", response("200 OK", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})));
    Path file = tmp.resolve(name);
    try (var out = Files.newOutputStream(file)) {
      for (byte[] r : records) {
        if (gzip) {
          var bytes = new java.io.ByteArrayOutputStream();
          try (var z = new java.util.zip.GZIPOutputStream(bytes)) {
            z.write(r);
          }
          out.write(bytes.toByteArray());
        } else {
          out.write(r);
        }
      }
    }
    return file;
  }

  @Test
  void aWebArchivesCapturedPagesAreReadAsAnArchivesFilesAre() throws IOException {
    for (boolean gzip : new boolean[] {false, true}) {
      ParsedDocument d = parsed(ingestor.ingest(warc(gzip ? "pages.warc.gz" : "pages.warc", gzip)));
      assertEquals(DocFormat.ARCHIVE, d.format());
      assertTrue(d.text().contains("洛川县农业农村局项目绩效自评"), d.text());
      assertEquals(1, d.tables().size());
      // the page alone, named by its URL: not the redirect before it nor the picture on it
      assertTrue(d.warnings().stream().anyMatch(w -> w.code() == WarningCode.ARCHIVE_READ
          && w.message().endsWith("：https://www.example.gov.cn/a.html（HTML）")), d.warnings().toString());
    }
  }

  @Test
  void aCutWebArchiveIsDamaged() throws IOException {
    byte[] whole = Files.readAllBytes(warc("whole.warc", false));
    Path cut = Files.write(tmp.resolve("cut.warc"), java.util.Arrays.copyOf(whole, 400));
    IngestOutcome o = ingestor.ingest(cut);
    assertTrue(o instanceof IngestOutcome.Failed f && f.kind() == FailureKind.CORRUPT, o.toString());
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

  /** A one-page PDF with {@code files} (name, bytes pairs) embedded in its name tree, the first also on a page's paper clip. */
  private Path withAttachments(String name, Object... files) throws IOException {
    Path file = tmp.resolve(name);
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      var page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("Cover letter: see the attached form");
        cs.endText();
      }
      java.util.Map<String, org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification> specs = new java.util.LinkedHashMap<>();
      for (int i = 0; i < files.length; i += 2) {
        byte[] bytes = files[i + 1] instanceof byte[] b ? b : ((String) files[i + 1]).getBytes(UTF_8);
        var embedded = new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(bytes));
        embedded.setSize(bytes.length);
        var spec = new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification();
        spec.setFile((String) files[i]);
        spec.setFileUnicode((String) files[i]);
        spec.setEmbeddedFile(embedded);
        spec.setEmbeddedFileUnicode(embedded);
        specs.put((String) files[i], spec);
      }
      var tree = new org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode();
      tree.setNames(specs);
      var names = new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(doc.getDocumentCatalog());
      names.setEmbeddedFiles(tree);
      doc.getDocumentCatalog().setNames(names);
      var clip = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment();
      clip.setFile(specs.values().iterator().next());
      clip.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(72, 600, 20, 20));
      page.getAnnotations().add(clip);
      doc.save(file.toFile());
    }
    return file;
  }

  @Test
  void aPdfsAttachmentsAreReadAfterItsPagesEachOnce() throws IOException {
    // h285's family: a cover letter whose 自评表 exists only as a file attached to it (name tree and paper clip)
    Path pdf = withAttachments("报送函.pdf", "自评表.html", TABLE.formatted("附件一"), "说明.bin", new byte[] {1, 2, 3, 4, 5});
    ParsedDocument d = parsed(ingestor.ingest(pdf));
    assertEquals(DocFormat.PDF, d.format());
    assertEquals(1, d.tables().size(), "the attached form's table, read once though referred to twice");
    assertEquals("9.5", d.tables().getFirst().text(1, 2));
    assertTrue(d.text().indexOf("Cover letter") < d.text().indexOf("附件一"), "the letter first, then its attachment");
    assertEquals(1, d.pageCount());
    IngestWarning said = d.warnings().stream().filter(w -> w.code() == WarningCode.ATTACHMENTS_READ).findFirst().orElseThrow();
    assertTrue(said.message().contains("报送函.pdf（PDF，第 1 页）") && said.message().contains("自评表.html（HTML）")
        && said.message().contains("说明.bin（未读："), said.message());
  }

  @Test
  void aPdfWithoutAttachmentsIsReadAsBefore() {
    ParsedDocument d = parsed(ingestor.ingest(Path.of("../corpus-samples/000_0ace20d031349de2.pdf")));
    assertTrue(d.warnings().stream().noneMatch(w -> w.code() == WarningCode.ATTACHMENTS_READ));
    assertTrue(!d.metadata().containsKey(FormatReader.ATTACHMENTS));
  }
}
