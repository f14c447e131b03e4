package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.audit.AuditSubject;
import org.jixiao.schema.Budget;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

/**
 * A budget-table line's own 执行率 (ExecutionRateCheck), and a rate the table proves beside a prose
 * amount that differs from it (ExecutionRateCheck and ArithmeticCheck stay silent: one problem, the amount).
 */
class BudgetLineRateTest {
  /** h67_yian_renshe.pdf: 基本支出 1930.22 ÷ 1936.40 = 99.68%, printed 96.68%; the other lines agree. */
  static final String H67 = """
      年度预算资金（万元）\t\t\t全年预算数\t全年执行数\t执行率\t分值\t得分\t
      \t部门整体支出\t\t5428.36\t5311.07\t97.84%\t10\t9.78\t
      \t其中：基本支出\t\t1936.40\t1930.22\t96.68%\t—\t—\t
      \t项目支出\t\t3491.96\t3380.85\t96.82%\t—\t—\t
      年度总体目标\t稳定和扩大就业\t\t\t\t\t\t\t
      """;

  /** h83_nanxun_wenlv.docx: the strip proves 96.00% = 3000.58 ÷ 3125.60; the prose prints 3,060.58 once. */
  static final String H83 = """
      （一）预算执行情况
      年初预算数（万元）\t全年预算数（万元）\t全年执行数（万元）\t预算执行率\t分值\t得分
      2860.00\t3125.60\t3000.58\t96.00%\t10\t10
      2022年度本部门全年预算3,125.60万元，全年实际支出3,060.58万元，预算执行率96.00%，按“执行率≥95%得满分”计10分。
      （二）绩效指标完成情况
      """;

  private static Budget prose(String planned, String spent, String rate) {
    return new Budget(null, new BigDecimal(planned), new BigDecimal(spent), new BigDecimal(rate), null, null, null,
        null, Map.of());
  }

  private static AuditSubject subject(Budget budget, String text) {
    return new AuditSubject(BudgetTexts.report("t.docx", budget, null), text);
  }

  @Test
  void aPartLineWhoseRateIsNotItsOwnQuotientIsAnError() {
    List<Finding> found = new ExecutionRateCheck().check(subject(prose("5428.36", "5311.07", "97.84"), H67));
    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(Certainty.HIGH, f.certainty());
    assertEquals("基本支出", f.indicator());
    assertEquals("96.68%", f.stated());
    assertEquals("99.68%", f.recomputed());
  }

  @Test
  void aVariantFundingLineAndATableWithNoAgreeingLineIsMisread() {
    String variant = "项目\t年初预算数\t调整后预算数\t实际支出数\t预算执行率\n"
        + "资金总额\t800.00\t820.00\t779.00\t95.00%\n其中：财政拨款\t700.00\t700.00\t665.00\t59.00%\n";
    List<Finding> found = new ExecutionRateCheck().check(subject(prose("820", "779", "95"), variant));
    assertEquals(1, found.size(), found.toString());
    assertEquals("财政拨款", found.get(0).indicator());
    assertEquals("95.00%", found.get(0).recomputed());
    // no line of the table agrees: its columns are misread, nothing is said about its lines
    String misread = "项目\t年初预算数\t调整后预算数\t实际支出数\t预算执行率\n"
        + "资金总额\t800.00\t820.00\t779.00\t97.50%\n其中：财政拨款\t700.00\t700.00\t665.00\t59.00%\n";
    assertTrue(new ExecutionRateCheck().check(subject(null, misread)).isEmpty());
  }

  @Test
  void aRateTheStripProvesBesideALoneDifferingProseAmountIsNoRateFinding() {
    Budget fromProse = prose("3125.6", "3060.58", "96.00");
    assertTrue(new ExecutionRateCheck().check(subject(fromProse, H83)).isEmpty());
    assertTrue(new ArithmeticCheck().check(subject(fromProse, H83)).isEmpty());
  }

  @Test
  void aDifferingAmountTheProseRestatesIsItsOwnFigureAndTheRateIsWrongAgainstIt() {
    // 001's wording: the prose budget 9893.12 is printed twice (收入 and 预算指标); the table's 91.38 is 10343.67's
    String text = """
        \t全年预算数\t全年执行数\t分值\t执行率\t得分
        年度资金总额\t10343.6719\t9452.1302\t10\t91.38%\t7
        本年收入9893.12万元。
        2022年我局全年财政下达预算指标9893.12万元，根据工作需求实际使用9452.13万元，部门预算完成率91.38%，未达到100%预算执行。
        """;
    List<Finding> found = new ArithmeticCheck().check(subject(null, text));
    assertEquals(1, found.size(), found.toString());
    assertEquals("95.54%", found.get(0).recomputed());
  }

  @Test
  void aRateMovedOnlyByTheAmountsRoundingIsNoFinding() {
    // 1,993,675 ÷ 2,000,000 = 99.68375% (99.68%); printed in 万元 as 199.37 ÷ 200.00 = 99.685% → 99.69%
    String text = "项目\t年初预算数\t全年预算数\t全年执行数\t执行率\n合计\t200.00\t200.00\t199.37\t99.68%\n"
        + "基本支出\t100.00\t100.00\t99.00\t99.00%\n";
    assertTrue(new ExecutionRateCheck().check(subject(null, text)).isEmpty());
  }

  @Test
  void aTableOfFullWidthFiguresIsReadAsItsHalfWidthTwin() {
    // h339: every figure of the page in full-width digits, points and commas; 项目支出 2,891.46 ÷ 3,126.80 = 92.47%
    String fullWidth = "项目\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
        + "合计\t４，１８６．４０\t４，４９５．３２\t４，２４３．６４\t９４．４０％\n"
        + "其中：基本支出\t１，３２６．４０\t１，３６８．５２\t１，３５２．１８\t９８．８１％\n"
        + "项目支出\t２，８６０．００\t３，１２６．８０\t２，８９１．４６\t９２．７４％\n";
    List<Finding> found = new ExecutionRateCheck().check(subject(prose("4495.32", "4243.64", "94.40"), fullWidth));
    assertEquals(1, found.size(), found.toString());
    assertEquals("项目支出", found.get(0).indicator());
    assertEquals("92.47%", found.get(0).recomputed());
  }
}
