package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.audit.AuditSubject;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

/** The budget item scored beside the rows completes their weights (TotalScoreCheck), read three ways. */
class BudgetItemTest {
  /** h84_qionglai_weijian.pdf: label/value cells of the fund block in 元. */
  static final String H84 = """
      年初预算数（元）\t4,500,000.00\t\t全年预算数（元）\t4,860,000.00\t\t
      全年执行数（元）\t4,549,932.00\t\t预算执行率\t96.32%\t\t
      预算执行分值\t10\t\t预算执行得分\t9.63\t\t
      一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
      """;

  /** Nine rows of 10 points; their scores add up to {@code scores}. */
  private static List<IndicatorRow> rows(String... scores) {
    List<IndicatorRow> out = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      out.add(RuleTestRows.row("指标" + i, null, null, "10", scores[i], null));
    }
    return out;
  }

  private static List<Finding> check(String text, String total, List<IndicatorRow> rows) {
    Report report = new Report("t.pdf", null, null, null, null, null, null, new BigDecimal(total), new BigDecimal("100"),
        null, null, List.of(), rows, null, null, null, null, Map.of(), List.of(), null, null);
    return new TotalScoreCheck().check(new AuditSubject(report, text));
  }

  private static final List<IndicatorRow> NINE = rows("10", "10", "10.5", "10", "10", "10", "8", "10", "10");

  @Test
  void labelledBudgetWeightAndScoreCompleteTheRows() {
    assertTrue(check(H84, "98.13", NINE).isEmpty()); // 88.5 + 9.63
    List<Finding> off = check(H84, "99.13", NINE);
    assertEquals(1, off.size(), off.toString());
    assertEquals(Severity.ERROR, off.get(0).severity());
    assertEquals("98.13", off.get(0).recomputed());
    assertTrue(off.get(0).message().contains("预算执行得分项 9.63（分值 10）合计 98.13，报告总分为 99.13"), off.get(0).message());
  }

  @Test
  void theStripsWeightAndScoreColumnsCompleteTheRows() {
    assertTrue(check(BudgetLineRateTest.H83, "98.5", NINE).isEmpty()); // 88.5 + the strip's 10
  }

  /** h514, a photo read by OCR: the strip's 分值 header read "人"; its one whole figure over the line's score is the weight. */
  @Test
  void aStripWhoseWeightHeaderWasNotReadStillGivesItsWeight() {
    String text = """
        年度预算执行情况（万元）\t\t年初预算数\t全年预算数\t全年执行数\t人\t执行率\t得分
        \t年度资金总额\t6986.50\t7902.80\t7591.21\t10\t96.06%\t9.61
        \t其中：基本支出\t4126.50\t4388.20\t4352.76\t—\t99.19%\t
        一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
        """;
    assertTrue(check(text, "98.11", NINE).isEmpty()); // 88.5 + 9.61
    assertEquals("98.11", check(text, "98.5", NINE).get(0).recomputed());
    // a header word, not a misreading: no weight
    assertEquals(Severity.WARNING, check(text.replace("\t人\t", "\t备注\t"), "98.11", NINE).get(0).severity());
  }

  @Test
  void aTotalLineNamingTheItemsWeightSilencesTheWeightsWithoutRecomputingTheTotal() {
    String text = "一级指标\t三级指标\t分值\t得分\n合计（含预算执行10分）\t\t100\t96.5\n";
    assertTrue(check(text, "90", NINE).isEmpty());
  }

  @Test
  void withoutABudgetItemOrWithAnotherWeightTheShortfallIsStillAWarning() {
    List<Finding> none = check("一级指标\t三级指标\t分值\t得分\n", "96.5", NINE);
    assertEquals(1, none.size(), none.toString());
    assertEquals(Severity.WARNING, none.get(0).severity());
    String five = H84.replace("预算执行分值\t10", "预算执行分值\t5");
    assertEquals(1, check(five, "96.5", NINE).size());
  }
}
