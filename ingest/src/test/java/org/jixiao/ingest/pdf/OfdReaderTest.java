package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatDetector;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OFD packages read into the model a PDF's text layer gives: text by position, ruled tables with merged cells. */
class OfdReaderTest {
  @TempDir Path tmp;

  /** A 部门整体 form's page: a title, a ruled indicator table whose 一级 cell spans two rows, a watermark. */
  static OfdFixtures.Page formPage() {
    double[] xs = {20, 50, 90, 130, 160, 190};
    double[] ys = {40, 48, 56, 64};
    OfdFixtures.Page p = new OfdFixtures.Page()
        .text(40, 25, 5, "某市水利局2023年度部门整体支出绩效自评表")
        .line(20, 40, 190, 40).line(20, 48, 190, 48).line(50, 56, 190, 56).line(20, 64, 190, 64);
    for (double x : xs) {
      p.line(x, ys[0], x, ys[3]);
    }
    return p.text(22, 45, 3, "一级指标").text(52, 45, 3, "三级指标").text(92, 45, 3, "指标值").text(132, 45, 3, "分值").text(162, 45, 3, "得分")
        .text(22, 57, 3, "产出指标")
        .text(52, 53, 3, "河道治理长度").text(92, 53, 3, "≥12公里").text(132, 53, 3, "10").text(162, 53, 3, "9.5")
        .text(52, 61, 3, "水质达标率").text(92, 61, 3, "≥95%").text(132, 61, 3, "10").text(162, 61, 3, "10")
        .turnedText(60, 150, 8, "政务公开专用");
  }

  @Test
  void aRuledTableReadsAsAGridWithItsMergedCell() throws IOException {
    Path f = OfdFixtures.write(tmp.resolve("自评表.ofd"), "某市水利局2023年度部门整体支出绩效自评表", null, List.of(formPage()));
    assertEquals(DocFormat.OFD, FormatDetector.formatOf(new FormatDetector().detect(f)).orElseThrow());
    ParsedDocument doc = read(f);
    assertEquals(DocFormat.OFD, doc.format());
    assertEquals("某市水利局2023年度部门整体支出绩效自评表", doc.metadata().get("title"));
    assertTrue(doc.text().contains("某市水利局2023年度部门整体支出绩效自评表"), doc.text());
    assertEquals(1, doc.tables().size(), doc.tables().toString());
    TableGrid t = doc.tables().getFirst();
    assertEquals(3, t.rows());
    assertEquals("三级指标", t.text(0, 1));
    assertEquals("河道治理长度", t.text(1, 1));
    assertEquals("≥95%", t.text(2, 2));
    assertEquals("9.5", t.text(1, 4));
    assertEquals("产出指标", t.text(1, 0));
    assertEquals("产出指标", t.text(2, 0), "the 一级 cell spans both rows");
    assertFalse(doc.text().contains("政务公开专用") || doc.tables().toString().contains("政务"), "the turned watermark is not read");
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.SLANTED_TEXT_SKIPPED), doc.warnings().toString());
    assertEquals(1, t.pageOfRow(1), "1-based page of the row");
  }

  @Test
  void aTemplatesLineOnEveryPageIsARunningHeader() throws IOException {
    Path f = OfdFixtures.write(tmp.resolve("two.ofd"), "t", "四平市政务公开　第一版", List.of(formPage(), formPage(), formPage()));
    ParsedDocument doc = read(f);
    assertFalse(doc.text().contains("四平市政务公开"), "a template's line on every page is a running header");
    assertEquals(Integer.valueOf(3), doc.pageCount());
    assertEquals(2, doc.tables().stream().mapToInt(TableGrid::rows).sum() >= 7 ? 2 : 0, doc.tables().toString());
  }

  @Test
  void aPackageWithoutItsPartsIsCorruptNamingTheFileAndThePart() throws IOException {
    Path f = tmp.resolve("broken.ofd");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
      zip.putNextEntry(new ZipEntry("OFD.xml"));
      zip.write("""
          <ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>
          </ofd:DocBody></ofd:OFD>""".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    IngestOutcome out = DocumentIngestor.withDefaultReaders(Limits.defaults()).ingest(f);
    IngestOutcome.Failed failed = assertInstanceOf(IngestOutcome.Failed.class, out);
    assertEquals(FailureKind.CORRUPT, failed.kind());
    assertTrue(failed.message().contains("broken.ofd") && failed.message().contains("Doc_0/Document.xml"), failed.message());
  }

  @Test
  void baseLocsResolveAgainstTheirPart() {
    assertEquals("Doc_0/Pages/Page_0/Content.xml", XmlPackage.resolve("Doc_0/Document.xml", "Pages/Page_0/Content.xml"));
    assertEquals("Doc_0/Res/f.xml", XmlPackage.resolve("Doc_0/Document.xml", "/Doc_0/Res/f.xml"));
    assertEquals("Res/a.png", XmlPackage.resolve("Doc_0/Pages/Page_0/Content.xml", "../../../Res/a.png"));
    assertArrayEquals(new double[] {1, 1, 1, 2.5}, OfdPageContent.deltas("g 3 1 2.5"));
  }

  private static ParsedDocument read(Path f) {
    IngestOutcome out = DocumentIngestor.withDefaultReaders(Limits.defaults()).ingest(f);
    return assertInstanceOf(IngestOutcome.Parsed.class, out, out.toString()).document();
  }
}
