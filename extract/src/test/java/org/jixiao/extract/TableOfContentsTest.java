package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.Report;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;

/** {@link TableOfContents}: a 目录 is blanked, never read as content. */
class TableOfContentsTest {
  private final TableOfContents contents = TableOfContents.standard();

  @Test
  void entriesWithDottedLeadersOrTabsAndPageNumbers() {
    assertEquals(1, TableOfContents.entries("一、基本情况……………………3"));
    assertEquals(1, TableOfContents.entries("（一）项目背景\t3"));
    assertEquals(3, TableOfContents.entries("前 言..........3一、基本情况..........3（一）部门概况.....4"));
    assertEquals(0, TableOfContents.entries("预算执行率95.3%，得4.5分。"));
    assertEquals(0, TableOfContents.entries("该指标满分3分……得2分，扣1分的原因是资料不全"));
  }

  @Test
  void aHeadedContentsIsBlankedAndTheBodyKept() {
    ParsedDocument doc = DocumentFixture.named("testContents.docx").paragraphs(
        "某某局2023年度部门整体支出绩效评价报告", "目　录", "一、基本情况\t3", "二、评价结论\t5",
        "一、基本情况", "某某局是政府工作部门。").build();
    TableOfContents.Stripped s = contents.strip(doc);
    assertEquals(3, s.removed());
    assertEquals("一、基本情况", ((Paragraph) s.doc().blocks().get(4)).text());
    assertTrue(((Paragraph) s.doc().blocks().get(2)).text().isBlank());
    assertTrue(!s.doc().text().contains("二、评价结论"), "the 目录's text is gone from the linear text too");
    assertEquals(doc.text().length(), s.doc().text().length(), "offsets are kept");
  }

  @Test
  void threeEntriesInARowWithoutHeadingAreAContentsButOneIsNot() {
    assertEquals(3, contents.strip(DocumentFixture.named("testContents.docx").paragraphs(
        "一、基本情况.......3", "二、评价情况.......4", "三、评价结论.......6", "正文。").build()).removed());
    assertEquals(0, contents.strip(DocumentFixture.named("testContents.docx").paragraphs(
        "一、基本情况.......3", "正文。").build()).removed());
  }

  @Test
  void theExtractorNotesTheSkippedContents() {
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("testContents.docx").paragraphs(
        "某某局2023年度部门整体支出绩效评价报告", "目录", "一、基本情况\t3", "二、评价结论\t5", "一、基本情况").build(), null);
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == WarningCode.CONTENTS_SKIPPED), r.diagnostics().toString());
  }
}
