package org.jixiao.ingest.ole;

import static org.jixiao.ingest.office.OfficeSamples.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.ingest.ooxml.DocxReader;
import org.junit.jupiter.api.Test;

class DocReaderTest {
  private static List<List<String>> rows(TableGrid t) {
    List<List<String>> out = new ArrayList<>();
    for (int r = 0; r < t.rows(); r++) {
      out.add(t.rowTexts(r));
    }
    return out;
  }

  @Test
  void aTableNestedInAFormsCellIsATableOfItsOwnAfterTheForm() throws Exception {
    // h292: a Word 97 project form whose indicator block is a table inside its 绩效指标 cell
    ParsedDocument doc = new DocReader().read(java.nio.file.Path.of("../corpus-heldout/h292_qingyang_shuiwu.doc"), DocFormat.DOC,
        Limits.defaults());
    assertEquals(2, doc.tables().size());
    TableGrid form = doc.tables().get(0);
    TableGrid block = doc.tables().get(1);
    assertEquals(doc.blocks().indexOf(form) + 1, doc.blocks().indexOf(block), "right after the form");
    assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
        block.rowTexts(0).subList(0, 7));
    assertEquals(16, block.rows());
    int row = 0;
    while (!form.text(row, 0).equals("绩效指标")) {
      row++;
    }
    assertEquals("", form.text(row, 1), "the cell holds the nested table, not its text again");
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == org.jixiao.schema.WarningCode.NESTED_TABLE_READ));
  }

  @Test
  void wordNinetySevenRenderingGivesTheSameBlocksAsTheDocx() throws Exception {
    ParsedDocument doc = new DocReader().read(sample("004_f903e5746c6a8cdf.doc"), DocFormat.DOC, Limits.defaults());
    ParsedDocument docx = new DocxReader().read(sample("004_f903e5746c6a8cdf.docx"), DocFormat.DOCX, Limits.defaults());
    assertEquals(1, doc.tables().size());
    TableGrid t = doc.tables().getFirst();
    assertEquals(8, t.rows());
    assertEquals(rows(docx.tables().getFirst()), rows(t));
    assertEquals(1, t.cells().stream().filter(c -> c.rowSpan() > 1).count(), "the 结果 column is one merged cell");
    assertEquals(7, t.cellAt(1, 3).rowSpan());
    assertEquals(docx.paragraphs().stream().map(p -> p.headingLevel() + ":" + p.text()).toList(),
        doc.paragraphs().stream().map(p -> p.headingLevel() + ":" + p.text()).toList());
    assertEquals(20, doc.paragraphs().stream().filter(p -> p.headingLevel() > 0).count());
    assertTrue(doc.text().chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t'), "no control characters left");
    assertEquals(doc.blocks().indexOf(t), docx.blocks().indexOf(docx.tables().getFirst()), "the table sits at the same place");
    Paragraph first = doc.paragraphs().getFirst();
    assertEquals(first.text(), doc.text().substring(first.start(), first.end()));
  }

  /** h278: a Word 97 file with tracked changes left in; it reads as Word shows it with the changes accepted. */
  @Test
  void runsMarkedDeletedAreNotRead() throws Exception {
    ParsedDocument doc = new DocReader().read(java.nio.file.Path.of("../corpus-heldout/h278_fengjie_tuiyijunren.doc"),
        DocFormat.DOC, Limits.defaults());
    assertTrue(doc.text().contains("98.09") && !doc.text().contains("97.09"), "the 总分 as revised, not as it was");
  }

  /** h275: last year's figures left beside this year's as hidden text (w:vanish) in a DOCX. */
  @Test
  void hiddenTextInAWordFileIsNotRead() throws Exception {
    ParsedDocument doc = new DocxReader().read(java.nio.file.Path.of("../corpus-heldout/h275_anyuan_sifa.docx"),
        DocFormat.DOCX, Limits.defaults());
    assertTrue(doc.text().contains("612") && !doc.text().contains("538612"), "法律援助案件 612, not 538 beside it");
  }
}
