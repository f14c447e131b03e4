package org.jixiao.ingest.ooxml;

import static org.jixiao.ingest.office.OfficeSamples.gridTexts;
import static org.jixiao.ingest.office.OfficeSamples.goldLevel3;
import static org.jixiao.ingest.office.OfficeSamples.missingInOrder;
import static org.jixiao.ingest.office.OfficeSamples.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DocxReaderTest {
  private static ParsedDocument read(String name) throws Exception {
    return new DocxReader().read(sample(name), DocFormat.DOCX, Limits.defaults());
  }

  private static long merged(TableGrid t) {
    return t.cells().stream().filter(c -> c.rowSpan() > 1 || c.colSpan() > 1).count();
  }

  @Test
  void anUnfilledContentControlIsEmptyAndAFilledOneIsItsValue() throws Exception {
    // h235 (held-out round 36): a template whose fields are content controls; the unfilled ones (w:showingPlcHdr) still
    // show the prompt 单击或点击此处输入文字。 in grey, which is no part of the report
    java.nio.file.Path file = java.nio.file.Path.of("../corpus-heldout/h235_huiyang_zhujian.docx");
    ParsedDocument doc = new DocxReader().read(file, DocFormat.DOCX, Limits.defaults());
    String all = String.join("|", gridTexts(doc)) + doc.text();
    assertFalse(all.contains("单击或点击此处输入文字"), all);
    assertTrue(all.contains("惠阳区2023年城镇老旧小区改造项目") && all.contains("2,731.30"), "filled controls read: " + all);
  }

  @Test
  void aTableInATextBoxIsReadOnceAfterItsParagraph() throws Exception {
    // h250 (held-out round 39): the indicator table sits in a floating text box; Word writes the box twice, as a
    // drawing (mc:Choice) and as its VML copy (mc:Fallback), so the table is in the file twice
    ParsedDocument doc = new DocxReader().read(java.nio.file.Path.of("../corpus-heldout/h250_shizhong_yingji.docx"),
        DocFormat.DOCX, Limits.defaults());
    assertEquals(2, doc.tables().size(), "the budget table and the boxed indicator table, once each");
    TableGrid boxed = doc.tables().get(1);
    assertEquals("一级指标", boxed.text(0, 0));
    assertEquals(24, boxed.rows());
    int heading = -1;
    int table = -1;
    for (int i = 0; i < doc.blocks().size(); i++) {
      if (doc.blocks().get(i) instanceof org.jixiao.ingest.Paragraph p && p.text().startsWith("三、绩效指标完成情况")) {
        heading = i;
      } else if (doc.blocks().get(i) == boxed) {
        table = i;
      }
    }
    assertTrue(heading >= 0 && table > heading, "the box follows the paragraph that anchors it");
  }

  @Test
  void anEmbeddedWorksheetIsReadWhereItStands() throws Exception {
    // h256 (held-out round 40): the scored rows live only in an Excel worksheet inserted as an object (o:OLEObject
    // Excel.Sheet.12 → word/embeddings/*.xlsx), which Word shows by its preview picture
    ParsedDocument doc = new DocxReader().read(java.nio.file.Path.of("../corpus-heldout/h256_jiamusi_jiaotong.docx"),
        DocFormat.DOCX, Limits.defaults());
    assertEquals(2, doc.tables().size(), "the body's fund table and the embedded sheet");
    TableGrid sheet = doc.tables().get(1);
    assertEquals("一级指标", sheet.text(0, 0));
    assertEquals("预算执行率", sheet.text(1, 2));
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == org.jixiao.schema.WarningCode.EMBEDDED_WORKBOOK_READ),
        doc.warnings().toString());
    int caption = -1;
    for (int i = 0; i < doc.blocks().size(); i++) {
      if (doc.blocks().get(i) instanceof org.jixiao.ingest.Paragraph p && p.text().startsWith("表2")) {
        caption = i;
      }
    }
    assertTrue(caption >= 0 && doc.blocks().indexOf(sheet) > caption, "the sheet follows its caption, where the object stands");
  }

  @Test
  void selfEvaluationTableHas66RowsAnd65MergedCells() throws Exception {
    ParsedDocument doc = read("000_0ace20d031349de2.docx");
    assertEquals(DocFormat.DOCX, doc.format());
    assertEquals(1, doc.tables().size());
    TableGrid t = doc.tables().getFirst();
    assertEquals(66, t.rows());
    assertEquals(65, merged(t));
    assertEquals(27, t.cells().stream().filter(c -> c.rowSpan() > 1).count());
    assertEquals(50, t.cells().stream().filter(c -> c.colSpan() > 1).count());
    assertNull(t.page(), "DOCX has no reliable pages");
    assertTrue(doc.blocks().getFirst() instanceof org.jixiao.ingest.Paragraph, "title lines come before the table");
  }

  @Test
  void goalGroupedTablesResolveVerticalMerges() throws Exception {
    ParsedDocument doc = read("002_85bada5a1e1f1378.docx");
    List<TableGrid> tables = doc.tables();
    assertEquals(2, tables.size());
    assertEquals(94, tables.stream().mapToInt(TableGrid::rows).sum());
    assertEquals(72, tables.stream().mapToLong(DocxReaderTest::merged).sum());
    TableGrid indicators = tables.get(1);
    int level1Col = indicators.rowTexts(0).indexOf("一级指标");
    assertTrue(level1Col >= 0, "header row names 一级指标: " + indicators.rowTexts(0));
    GridCell group = indicators.cellAt(1, level1Col);
    assertEquals("产出指标", group.text());
    assertTrue(group.rowSpan() > 1, "the 一级指标 cell of a group spans its rows: " + group);
    // every slot the merge covers reads the same text
    assertEquals("产出指标", indicators.text(group.row() + group.rowSpan() - 1, level1Col));
  }

  @Test
  void headingsFromWordHeadingStyles() throws Exception {
    ParsedDocument doc = read("001_2d77b94fcc42edf7.docx");
    assertEquals(32, doc.paragraphs().stream().filter(p -> p.headingLevel() > 0).count());
    assertEquals(2, doc.tables().size());
    assertEquals(91, doc.tables().stream().mapToInt(TableGrid::rows).sum());
  }

  @Test
  void blocksInterleaveInDocumentOrder() throws Exception {
    ParsedDocument doc = read("003_9702beb4dfdda539.docx");
    assertEquals(28, doc.tables().size());
    assertEquals(213, doc.tables().stream().mapToInt(TableGrid::rows).sum());
    for (int i = 0; i < doc.blocks().size(); i++) {
      assertEquals(i, doc.blocks().get(i).index());
    }
    int firstTable = doc.blocks().indexOf(doc.tables().getFirst());
    assertTrue(firstTable > 0 && firstTable < doc.blocks().size() - 1, "tables sit between paragraphs");
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_0ace20d031349de2", "001_2d77b94fcc42edf7", "002_85bada5a1e1f1378", "003_9702beb4dfdda539"})
  void goldIndicatorNamesAppearInOrderInTheGrids(String stem) throws Exception {
    List<String> gold = goldLevel3(stem);
    assertFalse(gold.isEmpty());
    assertEquals(List.of(), missingInOrder(gold, gridTexts(read(stem + ".docx"))));
  }
}
