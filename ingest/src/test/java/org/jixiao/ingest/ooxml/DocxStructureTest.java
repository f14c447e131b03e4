package org.jixiao.ingest.ooxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.IngestWarning;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.ingest.office.OfficeFixtures;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crafted DOCX markup the samples lack: content controls, gridBefore, hMerge, nested tables, outline levels. */
class DocxStructureTest {
  @TempDir Path dir;

  private static String p(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  private static String tc(String props, String content) {
    return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + content + "</w:tc>";
  }

  @Test
  void readsContentControlsMergesAndNestedTablesInOrder() throws Exception {
    String styles = "<w:style w:type=\"paragraph\" w:styleId=\"a1\"><w:name w:val=\"标题 2\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"x\"><w:name w:val=\"My heading\"/><w:basedOn w:val=\"a1\"/></w:style>";
    String nested = "<w:tbl><w:tr>" + tc("", p("甲")) + tc("", p("乙")) + "</w:tr><w:tr>" + tc("", p("丙")) + tc("", p("丁")) + "</w:tr></w:tbl>";
    String table = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        + "<w:tr>" + tc("<w:vMerge w:val=\"restart\"/>", p("一级指标")) + tc("<w:gridSpan w:val=\"2\"/>", p("横向合并")) + "</w:tr>"
        + "<w:tr>" + tc("<w:vMerge/>", p("")) + tc("<w:hMerge w:val=\"restart\"/>", p("旧式合并")) + tc("<w:hMerge w:val=\"continue\"/>", p("")) + "</w:tr>"
        + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("", p("右")) + "<w:sdt><w:sdtContent>" + tc("", nested) + "</w:sdtContent></w:sdt></w:tr>"
        + "</w:tbl>";
    String body = "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>一、总体情况</w:t></w:r></w:p>"
        + "<w:p><w:pPr><w:pStyle w:val=\"x\"/></w:pPr><w:r><w:t>（一）得分</w:t></w:r></w:p>"
        + "<w:sdt><w:sdtPr/><w:sdtContent>" + p("控件里的段落") + table + "</w:sdtContent></w:sdt>"
        + p("\u00a0") + p("表后段落") + "<w:sectPr/>";
    Path file = OfficeFixtures.docx(dir.resolve("testStructure.docx"), body, styles);

    ParsedDocument doc = new DocxReader().read(file, DocFormat.DOCX, Limits.defaults());

    List<String> kinds = doc.blocks().stream().map(b -> b instanceof Paragraph q ? q.headingLevel() + ":" + q.text() : "table").toList();
    assertEquals(List.of("1:一、总体情况", "2:（一）得分", "0:控件里的段落", "table", "0:甲\t乙", "0:丙\t丁", "0:表后段落"), kinds,
        "a nested table's rows are lines after the table, their cells apart by tabs as the audit reads table lines");
    TableGrid t = doc.tables().getFirst();
    assertEquals(3, t.rows());
    assertEquals(3, t.cols());
    assertNull(t.method(), "a Word table is stored as a table: no PDF detection method");
    assertEquals(new GridCell(0, 0, 2, 1, "一级指标", null), t.cellAt(1, 0));
    assertEquals(new GridCell(0, 1, 1, 2, "横向合并", null), t.cellAt(0, 2));
    assertEquals(new GridCell(1, 1, 1, 2, "旧式合并", null), t.cellAt(1, 2));
    assertEquals("", t.text(2, 0), "gridBefore leaves the first column empty");
    assertEquals("右", t.text(2, 1));
    assertEquals("", t.text(2, 2), "a nested table is not its cell's text (h340: an indicator's name would hold its sub-items)");
    assertTrue(doc.warnings().stream().map(IngestWarning::code).anyMatch(WarningCode.NESTED_TABLE_FLATTENED::equals));
  }

  @Test
  void aLayoutTableHoldingTheFormsTablesGivesThemAsTables() throws Exception {
    // h219: block labels in the left column, the budget and indicator tables nested in the right-hand cells
    String inner = "<w:tbl>"
        + "<w:tr>" + tc("", p("一级指标")) + tc("", p("三级指标")) + tc("", p("分值")) + tc("", p("得分")) + "</w:tr>"
        + "<w:tr>" + tc("", p("产出指标")) + tc("", p("培训人次")) + tc("", p("10")) + tc("", p("9")) + "</w:tr>"
        + "</w:tbl>";
    String outer = "<w:tbl>"
        + "<w:tr>" + tc("", p("部门基本情况")) + tc("", p("部门名称：某县卫生健康委员会")) + "</w:tr>"
        + "<w:tr>" + tc("", p("绩效指标完成情况")) + tc("", p("二、绩效指标完成情况") + inner + p("")) + "</w:tr>"
        + "</w:tbl>";
    Path file = OfficeFixtures.docx(dir.resolve("testLayout.docx"), outer + "<w:sectPr/>", "");

    ParsedDocument doc = new DocxReader().read(file, DocFormat.DOCX, Limits.defaults());

    List<String> kinds = doc.blocks().stream().map(b -> b instanceof Paragraph q ? q.text() : "table").toList();
    assertEquals(List.of("部门基本情况", "部门名称：某县卫生健康委员会", "绩效指标完成情况", "二、绩效指标完成情况", "table"), kinds);
    TableGrid t = doc.tables().getFirst();
    assertEquals(2, t.rows());
    assertEquals("培训人次", t.text(1, 1));
    assertTrue(doc.warnings().stream().map(IngestWarning::code).noneMatch(WarningCode.NESTED_TABLE_FLATTENED::equals));
  }

  @Test
  void inconsistentMergesAreRepairedNotOverlapping() throws Exception {
    // a vMerge "continue" with nothing above, and a row wider than the others
    String table = "<w:tbl>"
        + "<w:tr>" + tc("<w:vMerge/>", p("孤立续接")) + tc("", p("b")) + "</w:tr>"
        + "<w:tr>" + tc("<w:gridSpan w:val=\"3\"/>", p("宽")) + tc("", p("多出")) + "</w:tr>"
        + "</w:tbl>";
    Path file = OfficeFixtures.docx(dir.resolve("testRepair.docx"), table, "");
    ParsedDocument doc = new DocxReader().read(file, DocFormat.DOCX, Limits.defaults());
    TableGrid t = doc.tables().getFirst();
    assertEquals("孤立续接", t.text(0, 0));
    assertEquals(List.of("宽", "宽", "宽", "多出"), t.rowTexts(1));
    assertTrue(doc.warnings().stream().map(IngestWarning::code).anyMatch(WarningCode.TABLE_MARKUP_REPAIRED::equals));
  }

  @Test
  void paragraphsLaidOutWithTabStopsAreReadAsATable() throws Exception {
    // h228: no table object; every row of the form a paragraph of tab-separated fields
    String body = p("项目支出绩效自评表")
        + tabbed("一级指标", "二级指标", "三级指标", "分值", "得分")
        + tabbed("产出指标", "数量指标", "城乡公交线路运营（条）", "8", "8")
        + tabbed("", "", "年运营里程（万公里）", "8", "8")
        + tabbed("", "质量指标", "公交车辆准点率", "8", "7")
        + p("填报人：于××") + "<w:sectPr/>";
    Path file = OfficeFixtures.docx(dir.resolve("testTabbed.docx"), body, "");

    ParsedDocument doc = new DocxReader().read(file, DocFormat.DOCX, Limits.defaults());

    assertEquals(1, doc.tables().size(), doc.blocks().toString());
    TableGrid t = doc.tables().getFirst();
    assertEquals(4, t.rows());
    assertEquals("年运营里程（万公里）", t.text(2, 2));
    assertEquals(List.of("项目支出绩效自评表", "填报人：于××"), doc.paragraphs().stream().map(Paragraph::text).toList());
  }

  /** A paragraph of fields separated by tabs, as Word writes a tab: a w:tab run between the texts. */
  private static String tabbed(String... fields) {
    StringBuilder b = new StringBuilder("<w:p>");
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        b.append("<w:r><w:tab/></w:r>");
      }
      b.append("<w:r><w:t xml:space=\"preserve\">").append(fields[i]).append("</w:t></w:r>");
    }
    return b.append("</w:p>").toString();
  }

}
