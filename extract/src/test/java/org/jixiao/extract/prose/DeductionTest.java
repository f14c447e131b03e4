package org.jixiao.extract.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.Test;

/** h318: a prose report whose items are scored only by what they lose, each heading giving the weight. */
class DeductionTest {
  @Test
  void theLastClausesDeductionIsRead() {
    assertEquals(0, new BigDecimal("0.5").compareTo(Deduction.ending("绩效目标与项目内容基本匹配，但未区分学校设定分项目标，扣0.5分。").orElseThrow().points()));
    assertEquals(0, BigDecimal.ZERO.compareTo(Deduction.ending("履行了规定程序，不扣分。").orElseThrow().points()));
    assertTrue(Deduction.ending("每低于目标值1个百分点扣1分。").isEmpty(), "a rule, not a deduction");
    assertTrue(Deduction.ending("扣1分后继续整改，完成率达到95%。").isEmpty(), "not the paragraph's close");
  }

  @Test
  void aHeadingsWeightLessTheDeductionItsParagraphClosesWithIsTheScore() {
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("testDeductions.html").paragraphs(
        "某某区教育局2024年义务教育薄弱环节改善项目绩效评价报告",
        "（一）决策指标（6分）",
        "1.立项依据充分性（3分）",
        "项目依据工作方案设立，与区域教育发展规划相符，不扣分。",
        "2.绩效目标合理性（3分）",
        "绩效目标与项目内容基本匹配，但未区分学校设定分项目标，扣0.5分。").build(), null);
    List<IndicatorRow> rows = r.indicators();
    assertEquals(List.of("立项依据充分性", "绩效目标合理性"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(0, new BigDecimal("3").compareTo(rows.get(0).score()));
    assertEquals(0, new BigDecimal("2.5").compareTo(rows.get(1).score()));
  }
}
