package org.jixiao.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables a portal page draws with a script, read from the data it embeds (h265). */
class ScriptDataTest {
  @TempDir Path tmp;

  private ParsedDocument read(String body) throws Exception {
    Path f = Files.writeString(tmp.resolve("page.html"), "<html><head><meta charset=utf-8><title>t</title></head><body>"
        + "<p>一、绩效指标完成情况</p><table id=zb><tbody></tbody></table>" + body + "<p>二、结论</p></body></html>",
        StandardCharsets.UTF_8);
    return new HtmlReader().read(f, DocFormat.HTML, Limits.defaults());
  }

  @Test
  void columnsBesideRowsInAJsonBlockAreTheTableWhereTheBlockStands() throws Exception {
    ParsedDocument doc = read("""
        <script type="application/json" id="zb-data">{"title":"指标","columns":["三级指标","分值","得分"],
        "rows":[["培训人次",10,9.5],["满意度",5,5.0]],"total":[15,14.5]}</script>
        <script>render(JSON.parse(document.getElementById('zb-data').textContent));</script>""");
    TableGrid t = doc.tables().getFirst();
    assertEquals(4, t.rows(), "the header, two rows and the 合计 the script draws from \"total\"");
    assertEquals("三级指标", t.text(0, 0));
    assertEquals("合计", t.text(3, 0));
    assertEquals("14.5", t.text(3, 2));
    assertEquals("9.5", t.text(1, 2));
    assertEquals("5", t.text(2, 2), "a number prints without a trailing .0");
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.SCRIPT_DATA_TABLE));
    assertTrue(doc.text().indexOf("一、绩效指标完成情况") < doc.text().indexOf("培训人次")
        && doc.text().indexOf("培训人次") < doc.text().indexOf("二、结论"), "where the script stood");
  }

  @Test
  void figuresKeptPerGroupBesideTheRowsAreThatGroupsSubtotalRow() throws Exception {
    ParsedDocument doc = read("""
        <script type="application/json">{"columns":["一级指标","三级指标","分值","得分","偏差原因"],
        "rows":[["决策","绩效目标合理性",3,3,""],["决策","预算编制科学性",3,2.5,"追加较多"],
        ["产出","培训人次",10,9.5,""],["产出","满意度",5,5,""]],
        "subtotal":{"决策":[6,5.5],"产出":[15,14.5]},"widths":[80,200,40,40,120],"total":[21,20]}</script>""");
    TableGrid t = doc.tables().getFirst();
    assertEquals(8, t.rows(), "header, 2 rows, 小计, 2 rows, 小计, 合计");
    assertEquals("决策", t.text(3, 0));
    assertEquals("小计", t.text(3, 1));
    assertEquals("5.5", t.text(3, 3));
    assertEquals("小计", t.text(6, 1));
    assertEquals("15", t.text(6, 2));
    assertEquals("合计", t.text(7, 0));
    assertEquals("20", t.text(7, 3));
    assertEquals("", t.text(7, 4));
  }

  @Test
  void figuresThatDoNotMatchTheNumberColumnsAddNoRow() throws Exception {
    ParsedDocument doc = read("""
        <script type="application/json">{"columns":["三级指标","分值","得分"],
        "rows":[["培训人次",10,9.5],["满意度",5,5]],"total":[15,14.5,"96.7%"],"subtotal":{"培训":[10,9.5]}}</script>""");
    assertEquals(3, doc.tables().getFirst().rows());
  }

  @Test
  void rowsOfObjectsAssignedToAVariableReadByTheirKeys() throws Exception {
    ParsedDocument doc = read("""
        <script>var tableData = [{"name":"培训人次","weight":10,"score":9.5},{"name":"满意度","weight":5,"score":5}];</script>""");
    TableGrid t = doc.tables().getFirst();
    assertEquals("name", t.text(0, 0));
    assertEquals("培训人次", t.text(1, 0));
  }

  @Test
  void aScriptWithLogicOrAStrayArrayIsNoTable() throws Exception {
    ParsedDocument doc = read("<script>var x = [1, 2, 3]; track('view');</script><script>var menu = [\"首页\", \"政务公开\"];</script>");
    assertTrue(doc.tables().isEmpty(), doc.tables().toString());
  }
}
