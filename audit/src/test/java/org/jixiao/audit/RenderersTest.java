package org.jixiao.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Json;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.junit.jupiter.api.Test;

class RenderersTest {
  private static final Finding NASTY =
      new Finding("a,b.txt", CheckId.ARITHMETIC, Severity.ERROR, Certainty.HIGH, "<b>\"预算\"</b>",
          new TextSpan("a,b.txt", null, 3, 9), "17%", "172.95%", "=358/207", "line1\nline2, \"q\"");

  @Test
  void locationsAreCountedAsAPersonCountsThem() {
    assertEquals("第3页 表1 第62行第9列", Cells.describe(new org.jixiao.schema.CellRef("a.pdf", 3, 0, 61, 8)));
    assertEquals("第4–9字", Cells.describe(new TextSpan("a.txt", null, 3, 9)));
    // a workbook cell as Excel's name box shows it, not the grid's numbers under the title rows
    assertEquals("工作表“自评表” C62", Cells.describe(new org.jixiao.schema.CellRef("a.xlsx", null, 0, 59, 2, null, null, null,
        org.jixiao.schema.SheetRef.of("自评表", 61, 2))));
  }

  @Test
  void csvIsRfc4180WithBom() {
    String csv = FindingCsv.render(List.of(NASTY));
    assertTrue(csv.startsWith("\uFEFF文件 file,检查 check,严重程度 severity,确定性 certainty,指标 indicator,位置 location,"), csv);
    assertTrue(csv.contains("\"a,b.txt\",算式与得分率复核,错误,高,\"<b>\"\"预算\"\"</b>\",第4–9字,17%"), csv);
    assertTrue(csv.contains(",'=358/207,"), "a printed formula is text, never run by the spreadsheet");
    assertTrue(csv.endsWith("\"line1\nline2, \"\"q\"\"\",\r\n"));
  }

  @Test
  void htmlEscapesEverythingAndPlacesFindingsBesideRows() throws Exception {
    AuditResult result = Auditor.standard().audit(Samples.subject("004_f903e5746c6a8cdf"));
    String html = AuditHtmlReport.render(List.of(result, new AuditResult(result.report(), List.of(NASTY))), "jixiao 0.1.0",
        "2026-12-04T13:00+08:00");
    assertFalse(html.contains("<b>\"预算"));
    assertTrue(html.contains("&lt;b&gt;&quot;预算&quot;&lt;/b&gt;"));
    assertTrue(html.contains("<tr class=\"flag\"><td class=\"name\">管理效率</td><td class=\"name\"></td><td>政府采购执行率</td>"), html);
    assertFalse(html.contains("<script") || html.contains("http:") || html.contains("https:"), "no script, no external resource");
    assertTrue(html.contains("jixiao 0.1.0 · 生成于 2026-12-04T13:00+08:00 · 2 份报告"), "the header names the tool and the time");
    assertTrue(html.contains("<dt>文件</dt><dd>004_f903e5746c6a8cdf"), "each report names the file it was read from");
    // errors and warnings first, the INFO lines collapsed after the table
    int issues = html.indexOf("需关注的发现");
    int table = html.indexOf("<h3>指标");
    int infos = html.indexOf("<details><summary>提示");
    assertTrue(issues >= 0 && issues < table && (infos < 0 || infos > table), html);
  }

  @Test
  void tableHasSummaryAndAlignedColumns() throws Exception {
    AuditResult result = Auditor.standard().audit(Samples.subject("002_85bada5a1e1f1378"));
    String table = FindingTable.render(List.of(result));
    assertTrue(table.startsWith("002_85bada5a1e1f1378.txt：报告总分 97.43，复核 97.4；错误 0，警告 1，提示 6"), table.lines().findFirst().orElse(""));
    List<String> lines = table.lines().filter(l -> l.startsWith("  ")).toList();
    int messageColumn = Cells.width(lines.get(0).substring(0, lines.get(0).indexOf("说明")));
    for (int i = 0; i < result.findings().size(); i++) {
      String line = lines.get(i + 1);
      String message = result.findings().get(i).message();
      assertEquals(messageColumn, Cells.width(line.substring(0, line.indexOf(message))), line);
    }
  }

  @Test
  void jsonIsAnArrayWithTheFindingFields() throws Exception {
    JsonNode node = Json.mapper().readTree(Json.write(List.of(NASTY)));
    assertTrue(node.isArray());
    for (String field : List.of("file", "check", "severity", "certainty", "indicator", "location", "stated", "recomputed", "rule", "message")) {
      assertTrue(node.get(0).has(field), field);
    }
    assertEquals("text", node.get(0).get("location").get("type").asText());
  }

  @Test
  void cjkWidthAlignsColumns() {
    assertEquals(4, Cells.width("预算"));
    assertEquals(6, Cells.width("a预算b"));
    assertEquals(7, Cells.width(Cells.fit("预算执行率", 7)));
    assertTrue(Cells.fit("预算执行率", 7).contains("…"));
  }
}
