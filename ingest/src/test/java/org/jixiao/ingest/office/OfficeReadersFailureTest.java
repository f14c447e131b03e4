package org.jixiao.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.odf.OdfReader;
import org.jixiao.ingest.ole.DocReader;
import org.jixiao.ingest.ole.XlsReader;
import org.jixiao.ingest.ooxml.DocxReader;
import org.jixiao.ingest.ooxml.XlsxReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input for every office reader, through the one entry point: each case must give its specific
 * {@link FailureKind}, never an exception; the readers called directly must agree.
 */
class OfficeReadersFailureTest {
  private static final String ODT = "application/vnd.oasis.opendocument.text";
  private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
  private static final List<FormatReader> READERS = List.of(new DocxReader(), new XlsxReader(), new DocReader(), new XlsReader(), new OdfReader());
  private static final Limits TINY_CELLS = new Limits(100L << 20, 500, 4, 5_000_000, Duration.ofSeconds(60));
  private static final Limits TINY_BYTES = new Limits(100, 500, 200_000, 5_000_000, Duration.ofSeconds(60));

  @TempDir static Path dir;
  private static DocumentIngestor ingestor;

  @BeforeAll
  static void setUp() {
    ingestor = new DocumentIngestor(Limits.defaults(), READERS);
  }

  @AfterAll
  static void tearDown() {
    ingestor.close();
  }

  /** A good file of each format, with a table of more than 4 cells. */
  static Path good(DocFormat f) throws Exception {
    return switch (f) {
      case DOCX -> OfficeSamples.sample("000_0ace20d031349de2.docx");
      case XLSX -> OfficeSamples.sample("002_85bada5a1e1f1378.xlsx");
      case DOC -> OfficeSamples.sample("004_f903e5746c6a8cdf.doc");
      case XLS -> xls(dir.resolve("good.xls"));
      case ODT -> OfficeFixtures.odf(dir.resolve("good.odt"), ODT, "<office:text><text:p>标题</text:p><table:table>"
          + "<table:table-row><table:table-cell><text:p>a</text:p></table:table-cell><table:table-cell><text:p>b</text:p></table:table-cell><table:table-cell><text:p>c</text:p></table:table-cell></table:table-row>"
          + "<table:table-row><table:table-cell><text:p>d</text:p></table:table-cell><table:table-cell><text:p>e</text:p></table:table-cell><table:table-cell><text:p>f</text:p></table:table-cell></table:table-row>"
          + "</table:table></office:text>");
      case ODS -> OfficeFixtures.odf(dir.resolve("good.ods"), ODS, "<office:spreadsheet><table:table table:name=\"s\">"
          + "<table:table-row><table:table-cell><text:p>a</text:p></table:table-cell><table:table-cell><text:p>b</text:p></table:table-cell><table:table-cell><text:p>c</text:p></table:table-cell></table:table-row>"
          + "<table:table-row><table:table-cell><text:p>d</text:p></table:table-cell><table:table-cell><text:p>e</text:p></table:table-cell><table:table-cell><text:p>f</text:p></table:table-cell></table:table-row>"
          + "</table:table></office:spreadsheet>");
      default -> throw new IllegalArgumentException(f.toString());
    };
  }

  private static Path xls(Path out) throws Exception {
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream o = Files.newOutputStream(out)) {
      Sheet s = wb.createSheet("表");
      for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 3; c++) {
          (s.getRow(r) == null ? s.createRow(r) : s.getRow(r)).createCell(c).setCellValue("v" + r + c);
        }
      }
      s.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
      wb.write(o);
    }
    return out;
  }

  static Path encrypted(DocFormat f) throws Exception {
    Path out = dir.resolve("encrypted." + f.name().toLowerCase(java.util.Locale.ROOT));
    switch (f) {
      case DOCX, XLSX -> OfficeFixtures.encryptOoxml(good(f), out);
      case XLS -> {
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
          xls(out);
        } finally {
          Biff8EncryptionKey.setCurrentUserPassword(null);
        }
      }
      case DOC -> {
        try (HWPFDocument doc = new HWPFDocument(Files.newInputStream(good(f)))) {
          Biff8EncryptionKey.setCurrentUserPassword("secret");
          try (OutputStream o = Files.newOutputStream(out)) {
            doc.write(o);
          } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
          }
        }
      }
      case ODT -> OfficeFixtures.encryptedOdf(out, ODT);
      case ODS -> OfficeFixtures.encryptedOdf(out, ODS);
      default -> throw new IllegalArgumentException(f.toString());
    }
    return out;
  }

  static Stream<Arguments> formats() {
    return Stream.of(DocFormat.DOCX, DocFormat.XLSX, DocFormat.DOC, DocFormat.XLS, DocFormat.ODT, DocFormat.ODS).map(Arguments::of);
  }

  private static FailureKind failure(IngestOutcome o) {
    return assertInstanceOf(IngestOutcome.Failed.class, o, () -> "expected a failure, got " + o).kind();
  }

  private static FormatReader readerFor(DocFormat f) {
    return READERS.stream().filter(r -> r.formats().contains(f)).findFirst().orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void badInputGivesItsFailureKind(DocFormat f) throws Exception {
    String ext = "." + f.name().toLowerCase(java.util.Locale.ROOT);
    Path good = good(f);
    assertInstanceOf(IngestOutcome.Parsed.class, ingestor.ingest(good), f + " sample reads");

    Path empty = Files.write(dir.resolve("empty" + ext), new byte[0]);
    assertEquals(FailureKind.EMPTY, failure(ingestor.ingest(empty)));

    List<FailureKind> truncatedKinds = new ArrayList<>();
    for (double fraction : new double[] {0.1, 0.5, 0.9}) {
      Path cut = OfficeFixtures.truncated(good, dir.resolve("truncated" + (int) (fraction * 10) + ext), fraction);
      truncatedKinds.add(failure(ingestor.ingest(cut)));
      IngestException direct = assertThrows(IngestException.class, () -> readerFor(f).read(cut, f, Limits.defaults()), "reader on a truncated " + f);
      assertEquals(FailureKind.CORRUPT, direct.kind(), direct.getMessage());
    }
    assertTrue(truncatedKinds.stream().allMatch(k -> k == FailureKind.CORRUPT), f + " truncated: " + truncatedKinds);

    Path locked = encrypted(f);
    assertEquals(FailureKind.ENCRYPTED, failure(ingestor.ingest(locked)));
    assertEquals(FailureKind.ENCRYPTED, assertThrows(IngestException.class, () -> readerFor(f).read(locked, f, Limits.defaults())).kind());

    try (DocumentIngestor tinyCells = new DocumentIngestor(TINY_CELLS, READERS);
        DocumentIngestor tinyBytes = new DocumentIngestor(TINY_BYTES, READERS)) {
      assertEquals(FailureKind.TOO_LARGE, failure(tinyCells.ingest(good)), "over maxCells");
      assertEquals(FailureKind.TOO_LARGE, failure(tinyBytes.ingest(good)), "over maxBytes");
    }
  }

  @ParameterizedTest
  @MethodSource("formats")
  void wrongExtensionIsReadByContent(DocFormat f) throws Exception {
    String other = f == DocFormat.DOCX ? ".xls" : ".docx";
    Path renamed = Files.copy(good(f), dir.resolve("renamed-" + f + other));
    IngestOutcome o = ingestor.ingest(renamed);
    IngestOutcome.Parsed parsed = assertInstanceOf(IngestOutcome.Parsed.class, o, () -> o.toString());
    assertEquals(f, parsed.document().format());
    assertTrue(parsed.document().tables().size() >= 1);
  }

  @Test
  void textNamedAsWordIsNotReadAsWord() throws Exception {
    Path fake = Files.writeString(dir.resolve("notes.docx"), "只是一段文字，不是 Word 文件。\n", StandardCharsets.UTF_8);
    assertEquals(FailureKind.UNSUPPORTED_FORMAT, failure(ingestor.ingest(fake)), "no text reader installed here");
    IngestException direct = assertThrows(IngestException.class, () -> new DocxReader().read(fake, DocFormat.DOCX, Limits.defaults()));
    assertEquals(FailureKind.CORRUPT, direct.kind());
  }
}
