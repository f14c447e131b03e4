package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipOutputStream;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An XPS package as Windows' XPS Document Writer writes one (h394): a title run, then a ruled 2 × 3 table drawn as one
 * stroked box per cell, one cell's text split in two runs where its font changes, all under a canvas moved by a
 * RenderTransform.
 */
class XpsReaderTest {
  @TempDir Path dir;

  private static String cell(double x0, double y0, double x1, double y1) {
    return XpsFixtures.cell(x0, y0, x1, y1);
  }

  private static String run(double x, double y, String text) {
    return XpsFixtures.run(x, y, text);
  }

  @Test
  void aFixedPagesRunsAndRuledCellsAreReadAsATable() throws Exception {
    String page = XpsFixtures.page(run(300, 80, "部门整体支出绩效自评表")
        + "<Canvas RenderTransform=\"1,0,0,1,10,20\">"
        + cell(54, 132, 254, 162) + cell(254, 132, 454, 162) + cell(454, 132, 654, 162)
        + cell(54, 162, 254, 192) + cell(254, 162, 454, 192) + cell(454, 162, 654, 192)
        + run(64, 152, "三级指标") + run(264, 152, "分值") + run(464, 152, "得分")
        + run(64, 182, "培训") + run(88, 182, "人次") + run(264, 182, "10") + run(464, 182, "9.5")
        + "</Canvas>");
    ParsedDocument doc = new XpsReader().read(XpsFixtures.write(dir.resolve("report.xps"), page), DocFormat.XPS, Limits.defaults());
    assertTrue(doc.text().startsWith("部门整体支出绩效自评表"), doc.text());
    assertEquals(1, doc.tables().size(), doc.text());
    TableGrid t = doc.tables().get(0);
    assertEquals(2, t.rows());
    assertEquals(3, t.cols());
    assertEquals("培训人次", t.text(1, 0));
    assertEquals("9.5", t.text(1, 2));
    assertEquals(Integer.valueOf(1), t.page());
  }

  @Test
  void aPackageWithoutADocumentSequenceIsNoXps() throws Exception {
    Path file = dir.resolve("other.xps");
    try (OutputStream o = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(o)) {
      XpsFixtures.put(zip, "readme.txt", "not a document");
    }
    IngestException e = assertThrows(IngestException.class, () -> new XpsReader().read(file, DocFormat.XPS, Limits.defaults()));
    assertEquals(FailureKind.CORRUPT, e.kind());
    assertTrue(e.getMessage().contains(".fdseq"), e.getMessage());
  }
}
