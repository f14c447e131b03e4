package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.GradeLevel;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;

/** A page a portal's 繁體 switch converted (h347): read with the simplified vocabularies, its words kept as printed. */
class TraditionalScriptTest {
  private static final String[] TABLE = {
      "一級指標|二級指標|三級指標|年度指標值|實際完成值|分值|得分",
      "產出指標|數量指標|開平碉樓與村落修繕保護|修繕碉樓15座|按計劃完成|6|6",
      "^|質量指標|文物修繕工程驗收合格率|100%|100%|5|5",
      "滿意度指標|服務對象滿意度指標|遊客滿意度|≥90%|95.2%|5|4",
      "合計|<|<|<|<|16|15"};

  @Test
  void aTraditionalPageIsReadAndItsWordsKeptAsPrinted() {
    var doc = DocumentFixture.named("testTraditional.html")
        .paragraph("開平市文化廣電旅遊體育局2024年度部門整體支出績效自評報告")
        .paragraph("三、績效指標完成情況。自評得分15分，自評等級為“優”。")
        .table(TABLE).build();
    List<ReportExtractor.Extracted> read = ReportExtractor.standard().extractEach(doc, null);
    assertEquals(1, read.size());
    Report printed = read.get(0).report();
    assertEquals(List.of("開平碉樓與村落修繕保護", "文物修繕工程驗收合格率", "遊客滿意度"),
        printed.indicators().stream().map(IndicatorRow::level3).toList());
    assertEquals("產出指標", printed.indicators().get(0).level1());
    assertEquals("修繕碉樓15座", printed.indicators().get(0).target());
    assertEquals(0, new BigDecimal("15").compareTo(printed.totalScore()));
    assertEquals(GradeLevel.EXCELLENT, printed.grade());
    assertTrue(printed.diagnostics().stream().anyMatch(d -> d.code() == WarningCode.TRADITIONAL_SCRIPT));
    // the audit reads it in the characters of its text
    Report checked = read.get(0).checked();
    assertEquals("开平碉楼与村落修缮保护", checked.indicators().get(0).level3());
    assertTrue(read.get(0).text().contains("产出指标"));
  }

  @Test
  void aSimplifiedPageIsReadAsItIs() {
    var doc = DocumentFixture.named("testSimplified.html")
        .table("一级指标|二级指标|三级指标|分值|得分", "产出指标|数量指标|培训人次|10|9").build();
    ReportExtractor.Extracted e = ReportExtractor.standard().extractEach(doc, null).get(0);
    assertTrue(e.report() == e.checked());
    assertTrue(e.report().diagnostics().stream().noneMatch(d -> d.code() == WarningCode.TRADITIONAL_SCRIPT));
  }
}
