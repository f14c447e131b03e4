package org.jixiao.solrclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrInputDocument;
import org.jixiao.schema.AdminLevel;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.GradeLevel;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportKind;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

/** A report as its block: the root, its rows and findings as children, each with the report's identity. */
class SolrDocumentsTest {
  private static IndicatorRow row(String level1, String level3, String weight, String score) {
    return new IndicatorRow(null, null, level1, "数量指标", level3, "≥90%", "95%", new BigDecimal(weight),
        score == null ? null : new BigDecimal(score), null, null, null, null, "budget_execution_rate", null, null,
        Map.of(), List.of());
  }

  private static final Report REPORT = new Report("a.pdf", "某某局", 2023, AdminLevel.COUNTY, "江苏省",
      ReportKind.SELF_EVALUATION, null, new BigDecimal("91.5"), new BigDecimal("100"), GradeLevel.EXCELLENT, null,
      List.of(), List.of(row(" 产出指标 ", "预算执行率", "2.50", "2"), row("产出指标", "办件量", "1", null)), "标题", null,
      "abc123", null, Map.of(), List.of(), null, null);

  @Test
  void oneBlockKeyedByTheReportId() {
    Finding f = new Finding("a.pdf", CheckId.TOTAL_SCORE, Severity.WARNING, Certainty.HIGH, null, null, "91.5", "92",
        null, "总分不等于各行得分之和");
    SolrInputDocument block = SolrDocuments.block(REPORT, List.of(f));
    assertEquals("abc123", block.getFieldValue("id"));
    assertEquals("report", block.getFieldValue("type"));
    assertEquals(4, SolrDocuments.size(block));
    assertEquals(List.of("产出指标"), List.copyOf(block.getFieldValues("level1"))); // distinct, stripped
    assertEquals(2, block.getFieldValue("indicatorCount"));
    assertEquals("某某局 标题", block.getFieldValue("rname"));

    List<SolrInputDocument> rows = block.getFieldValues("rows").stream().map(SolrInputDocument.class::cast).toList();
    SolrInputDocument first = rows.getFirst();
    assertEquals("abc123/0", first.getFieldValue("id"));
    assertEquals("abc123", first.getFieldValue("reportId"));
    assertEquals("江苏省", first.getFieldValue("province")); // the report's identity on its rows
    assertEquals(2023, first.getFieldValue("fiscalYear"));
    assertEquals(2.5, first.getFieldValue("weight"));
    assertEquals(2.0, first.getFieldValue("rowScore")); // not "score": Solr's relevance
    assertEquals(0.8, first.getFieldValue("scoreRate"));
    assertEquals("budget_execution_rate", first.getFieldValue("canonicalKey"));
    assertEquals("预算执行率", first.getFieldValue("nameKey"));
    assertNull(rows.get(1).getFieldValue("rowScore"));

    SolrInputDocument finding = (SolrInputDocument) block.getFieldValues("findings").iterator().next();
    assertEquals("abc123/f0", finding.getFieldValue("id"));
    assertEquals("WARNING", finding.getFieldValue("severity"));
    assertEquals("TotalScoreCheck", finding.getFieldValue("check"));
    assertEquals(f, Json.read((String) finding.getFieldValue("findingJson"), Finding.class));
  }

  @Test
  void aReportWithoutRowsOrFindingsIsOneDocument() {
    Report bare = new Report("b.txt", null, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
        null, null, null, null, Map.of(), List.of(), null, null);
    SolrInputDocument block = SolrDocuments.block(bare, List.of());
    assertEquals(1, SolrDocuments.size(block));
    assertEquals("b.txt", block.getFieldValue("id"));
    assertNull(block.getFieldValue("rows"));
  }
}
