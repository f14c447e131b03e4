package org.jixiao.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel 2003 XML as budget systems export it under an .xls name (h251's family). */
class SpreadsheetMlReaderTest {
  @TempDir Path dir;

  private static ParsedDocument read(Path file) throws Exception {
    try (DocumentIngestor in = DocumentIngestor.withDefaultReaders(Limits.defaults())) {
      IngestOutcome out = in.ingest(file);
      assertTrue(out instanceof IngestOutcome.Parsed, out.toString());
      return ((IngestOutcome.Parsed) out).document();
    }
  }

  @Test
  void aBudgetSystemExportNamedXlsIsReadWithItsMergesAndFormats() throws Exception {
    ParsedDocument doc = read(Path.of("../corpus-heldout/h251_dandong_nongye.xls"));
    assertEquals(DocFormat.SPREADSHEETML, doc.format());
    TableGrid t = doc.tables().getFirst();
    String all = doc.text() + t;
    // the fund line's rate is a Number in a Percent style: shown as Excel shows it, not 0.9367358490566038
    assertTrue(all.contains("93.67%"), all);
    assertFalse(all.contains("0.9367358"), all);
    // cells a merge covers are absent from the file: what follows a merge sits after it, not shifted left
    int header = -1;
    for (int r = 0; r < t.rows() && header < 0; r++) {
      for (int c = 0; c < t.cols(); c++) {
        if ("三级指标".equals(t.text(r, c))) {
          header = r;
          assertEquals("二级指标", t.text(r, c - 1));
          assertEquals("培训种植户（人次）", t.text(r + 3, c), "a row under a merged 一级/二级 keeps its column");
          int target = c;
          while (!"年度指标值".equals(t.text(r, target))) {
            target++;
          }
          assertEquals("≥1500", t.text(r + 3, target));
          break;
        }
      }
    }
    assertTrue(header >= 0, all);
  }

  @Test
  void hiddenRowsColumnsAndSheetsAreNotRead() throws Exception {
    Path f = dir.resolve("hidden.xls");
    Files.writeString(f, """
        <?xml version="1.0"?>
        <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
          xmlns:x="urn:schemas-microsoft-com:office:excel">
         <Worksheet ss:Name="表"><Table>
          <Column ss:Index="3" ss:Hidden="1"/>
          <Row><Cell><Data ss:Type="String">三级指标</Data></Cell><Cell><Data ss:Type="String">得分</Data></Cell><Cell><Data ss:Type="String">上年得分</Data></Cell></Row>
          <Row><Cell><Data ss:Type="String">培训人次</Data></Cell><Cell><Data ss:Type="Number">9.5</Data></Cell><Cell><Data ss:Type="Number">7</Data></Cell></Row>
          <Row ss:Hidden="1"><Cell><Data ss:Type="String">已取消指标</Data></Cell><Cell><Data ss:Type="Number">3</Data></Cell></Row>
         </Table></Worksheet>
         <Worksheet ss:Name="底稿"><Table><Row><Cell><Data ss:Type="String">内部底稿</Data></Cell></Row></Table>
          <x:WorksheetOptions><x:Visible>SheetHidden</x:Visible></x:WorksheetOptions></Worksheet>
         <Worksheet ss:Name="宏表"><Table><Row><Cell><Data ss:Type="String">程序用表</Data></Cell></Row></Table>
          <x:WorksheetOptions><x:Visible>SheetVeryHidden</x:Visible></x:WorksheetOptions></Worksheet>
        </Workbook>
        """, StandardCharsets.UTF_8);
    ParsedDocument doc = read(f);
    String all = doc.text() + doc.tables();
    assertTrue(all.contains("培训人次") && all.contains("9.5"), all);
    assertFalse(all.contains("上年得分") || all.contains("已取消指标") || all.contains("内部底稿") || all.contains("程序用表"), all);
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.HIDDEN_CELLS_SKIPPED), doc.warnings().toString());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.HIDDEN_SHEET_SKIPPED), doc.warnings().toString());
  }

  @Test
  void anExternalEntityIsNotFollowedAndBrokenXmlIsCorrupt() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOPSECRET");
    Path xxe = dir.resolve("xxe.xls");
    Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
        + "<!DOCTYPE Workbook [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet><Table><Row><Cell><Data>&x;</Data></Cell></Row></Table></Worksheet></Workbook>",
        StandardCharsets.UTF_8);
    try (DocumentIngestor in = DocumentIngestor.withDefaultReaders(Limits.defaults())) {
      IngestOutcome out = in.ingest(xxe);
      assertFalse(out.toString().contains("TOPSECRET"), out.toString());
      Path broken = dir.resolve("broken.xls");
      Files.writeString(broken, "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
          + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet><Table><Row><Cell>", StandardCharsets.UTF_8);
      IngestOutcome bad = in.ingest(broken);
      assertTrue(bad instanceof IngestOutcome.Failed f && f.kind() == FailureKind.CORRUPT && f.message().contains("broken.xls"), bad.toString());
    }
  }
}
